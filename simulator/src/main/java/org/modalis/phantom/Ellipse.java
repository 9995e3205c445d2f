package org.modalis.phantom;

import java.util.List;
import java.util.Optional;

/**
 * A 2-D ellipse (u/a)² + (v/b)² ≤ 1, i.e. an infinite elliptic prism along z: the element of the
 * Shepp–Logan and FORBILD phantoms. Its parallel-beam projection is p(t, θ) = 2ρab·√(a'² − t'²)/a'²
 * (Kak &amp; Slaney, ch. 3), which the tests reproduce.
 */
public final class Ellipse extends ConvexShape {

    private final double a, b;

    /**
     * @param cx    centre x [m]
     * @param cy    centre y [m]
     * @param a     semi-axis along the local u axis [m]
     * @param b     semi-axis along the local v axis [m]
     * @param angle rotation of the u axis from +x, counter-clockwise [rad]
     * @param clips optional clipping half-spaces
     */
    public Ellipse(double cx, double cy, double a, double b, double angle, List<ClipPlane> clips) {
        super(Pose.aboutZ(cx, cy, 0, angle), clips);
        requirePositive("ellipse semi-axis a", a);
        requirePositive("ellipse semi-axis b", b);
        this.a = a;
        this.b = b;
    }

    public Ellipse(double cx, double cy, double a, double b, double angle) {
        this(cx, cy, a, b, angle, List.of());
    }

    public double a() { return a; }
    public double b() { return b; }

    @Override
    boolean containsLocal(double u, double v, double w) {
        double p = u / a, q = v / b;
        return p * p + q * q <= 1;
    }

    @Override
    boolean intersectLocal(double ou, double ov, double ow, double du, double dv, double dw, double[] t) {
        return quadric(ou / a, ov / b, 0, du / a, dv / b, 0, t);
    }

    @Override
    Optional<PlanarSection> localSection(double z) {
        requireAxisAlongZ();
        return Optional.of(new EllipseSection(pose.cx(), pose.cy(), a, b, inPlaneAngle()));
    }

    @Override
    double localRadius() {
        return Math.max(a, b);
    }

    @Override
    boolean isPrism() {
        return true;
    }
}
