package org.modalis.phantom;

import java.util.List;
import java.util.Optional;

/** A 2-D rectangle |u| ≤ hu, |v| ≤ hv, i.e. an infinite rectangular prism along z (bars of a resolution pattern). */
public final class Rectangle extends ConvexShape {

    private final double hu, hv;

    /**
     * @param cx     centre x [m]
     * @param cy     centre y [m]
     * @param width  full edge length along local u [m]
     * @param height full edge length along local v [m]
     * @param angle  rotation of u from +x, counter-clockwise [rad]
     * @param clips  optional clipping half-spaces
     */
    public Rectangle(double cx, double cy, double width, double height, double angle, List<ClipPlane> clips) {
        super(Pose.aboutZ(cx, cy, 0, angle), clips);
        requirePositive("rectangle width", width);
        requirePositive("rectangle height", height);
        this.hu = width / 2;
        this.hv = height / 2;
    }

    public Rectangle(double cx, double cy, double width, double height, double angle) {
        this(cx, cy, width, height, angle, List.of());
    }

    @Override
    boolean containsLocal(double u, double v, double w) {
        return Math.abs(u) <= hu && Math.abs(v) <= hv;
    }

    @Override
    boolean intersectLocal(double ou, double ov, double ow, double du, double dv, double dw, double[] t) {
        t[0] = Double.NEGATIVE_INFINITY;
        t[1] = Double.POSITIVE_INFINITY;
        return slab(ou, du, hu, t) && slab(ov, dv, hv, t);
    }

    @Override
    Optional<PlanarSection> localSection(double z) {
        requireAxisAlongZ();
        return Optional.of(new RectangleSection(pose.cx(), pose.cy(), 2 * hu, 2 * hv, inPlaneAngle()));
    }

    @Override
    double localRadius() {
        return Math.hypot(hu, hv);
    }

    @Override
    boolean isPrism() {
        return true;
    }
}
