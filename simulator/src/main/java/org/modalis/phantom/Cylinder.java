package org.modalis.phantom;

import java.util.List;
import java.util.Optional;

/**
 * A finite cylinder with an elliptic (or circular) cross-section (u/a)² + (v/b)² ≤ 1 and |w| ≤ L/2: the
 * intersection of an elliptic prism and a slab. With w along z it models the water tanks and inserts of
 * CT quality-assurance phantoms (Catphan, ACR CT).
 */
public final class Cylinder extends ConvexShape {

    private final double a, b, halfLength;

    /**
     * @param pose   centre [m] and orientation (local w is the axis)
     * @param a      semi-axis of the cross-section along u [m]
     * @param b      semi-axis along v [m]
     * @param length full length along w [m]
     * @param clips  optional clipping half-spaces
     */
    public Cylinder(Pose pose, double a, double b, double length, List<ClipPlane> clips) {
        super(pose, clips);
        requirePositive("cylinder semi-axis a", a);
        requirePositive("cylinder semi-axis b", b);
        requirePositive("cylinder length", length);
        this.a = a;
        this.b = b;
        this.halfLength = length / 2;
    }

    public Cylinder(Pose pose, double a, double b, double length) {
        this(pose, a, b, length, List.of());
    }

    @Override
    boolean containsLocal(double u, double v, double w) {
        double p = u / a, q = v / b;
        return p * p + q * q <= 1 && Math.abs(w) <= halfLength;
    }

    @Override
    boolean intersectLocal(double ou, double ov, double ow, double du, double dv, double dw, double[] t) {
        return quadric(ou / a, ov / b, 0, du / a, dv / b, 0, t) && slab(ow, dw, halfLength, t);
    }

    @Override
    Optional<PlanarSection> localSection(double z) {
        requireAxisAlongZ();
        if (Math.abs(z - pose.cz()) > halfLength) {
            return Optional.empty();
        }
        return Optional.of(new EllipseSection(pose.cx(), pose.cy(), a, b, inPlaneAngle()));
    }

    @Override
    double localRadius() {
        double r = Math.max(a, b);
        return Math.sqrt(r * r + halfLength * halfLength);
    }

    @Override
    boolean isPrism() {
        return false;
    }
}
