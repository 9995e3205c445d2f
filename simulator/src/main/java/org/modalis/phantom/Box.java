package org.modalis.phantom;

import java.util.List;
import java.util.Optional;

/** A rectangular box |u| ≤ hu, |v| ≤ hv, |w| ≤ hw in any orientation (Kay–Kajiya slab intersection). */
public final class Box extends ConvexShape {

    private final double hu, hv, hw;

    /**
     * @param pose  centre [m] and orientation
     * @param sizeU full edge length along local u [m]
     * @param sizeV full edge length along local v [m]
     * @param sizeW full edge length along local w [m]
     * @param clips optional clipping half-spaces
     */
    public Box(Pose pose, double sizeU, double sizeV, double sizeW, List<ClipPlane> clips) {
        super(pose, clips);
        requirePositive("box size u", sizeU);
        requirePositive("box size v", sizeV);
        requirePositive("box size w", sizeW);
        hu = sizeU / 2;
        hv = sizeV / 2;
        hw = sizeW / 2;
    }

    public Box(Pose pose, double sizeU, double sizeV, double sizeW) {
        this(pose, sizeU, sizeV, sizeW, List.of());
    }

    @Override
    boolean containsLocal(double u, double v, double w) {
        return Math.abs(u) <= hu && Math.abs(v) <= hv && Math.abs(w) <= hw;
    }

    @Override
    boolean intersectLocal(double ou, double ov, double ow, double du, double dv, double dw, double[] t) {
        t[0] = Double.NEGATIVE_INFINITY;
        t[1] = Double.POSITIVE_INFINITY;
        return slab(ou, du, hu, t) && slab(ov, dv, hv, t) && slab(ow, dw, hw, t);
    }

    @Override
    Optional<PlanarSection> localSection(double z) {
        requireAxisAlongZ();
        if (Math.abs(z - pose.cz()) > hw) {
            return Optional.empty();
        }
        return Optional.of(new RectangleSection(pose.cx(), pose.cy(), 2 * hu, 2 * hv, inPlaneAngle()));
    }

    @Override
    double localRadius() {
        return Math.sqrt(hu * hu + hv * hv + hw * hw);
    }

    @Override
    boolean isPrism() {
        return false;
    }
}
