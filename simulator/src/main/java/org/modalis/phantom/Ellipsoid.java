package org.modalis.phantom;

import java.util.List;

/**
 * An ellipsoid (u/a)² + (v/b)² + (w/c)² ≤ 1 in any orientation: the element of the 3-D Shepp–Logan
 * phantom. Its chord along a line at scaled distance δ from the centre is 2·√(1 − δ²)/|d'| (see
 * {@link ConvexShape#quadric}).
 */
public final class Ellipsoid extends ConvexShape {

    private final double a, b, c;

    /**
     * @param pose  centre [m] and orientation
     * @param a     semi-axis along local u [m]
     * @param b     semi-axis along local v [m]
     * @param c     semi-axis along local w [m]
     * @param clips optional clipping half-spaces
     */
    public Ellipsoid(Pose pose, double a, double b, double c, List<ClipPlane> clips) {
        super(pose, clips);
        requirePositive("ellipsoid semi-axis a", a);
        requirePositive("ellipsoid semi-axis b", b);
        requirePositive("ellipsoid semi-axis c", c);
        this.a = a;
        this.b = b;
        this.c = c;
    }

    public Ellipsoid(Pose pose, double a, double b, double c) {
        this(pose, a, b, c, List.of());
    }

    public double a() { return a; }
    public double b() { return b; }
    public double c() { return c; }

    @Override
    boolean containsLocal(double u, double v, double w) {
        double p = u / a, q = v / b, r = w / c;
        return p * p + q * q + r * r <= 1;
    }

    @Override
    boolean intersectLocal(double ou, double ov, double ow, double du, double dv, double dw, double[] t) {
        return quadric(ou / a, ov / b, ow / c, du / a, dv / b, dw / c, t);
    }

    @Override
    double localRadius() {
        return Math.max(a, Math.max(b, c));
    }

    @Override
    boolean isPrism() {
        return false;
    }
}
