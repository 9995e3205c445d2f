package org.modalis.phantom;

import java.util.List;
import java.util.Optional;

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

    /**
     * The section of an ellipsoid in any orientation by z = z₀ is an ellipse: with M = R·diag(a⁻², b⁻², c⁻²)·Rᵀ
     * the world quadric, p = (X, Y, δ), δ = z₀ − c_z, the condition pᵀMp ≤ 1 splits into the in-plane block A,
     * the coupling m and M_zz; completing the square gives the centre X₀ = −δA⁻¹m and
     * (X − X₀)ᵀA(X − X₀) ≤ 1 − δ²(M_zz − mᵀA⁻¹m), whose eigen-decomposition gives semi-axes and angle.
     * For w along z this reduces to semi-axes a·√(1 − (δ/c)²), b·√(1 − (δ/c)²).
     */
    @Override
    Optional<PlanarSection> localSection(double z) {
        double[][] m = new double[3][3];
        double[] s = {1 / (a * a), 1 / (b * b), 1 / (c * c)};
        for (int i = 0; i < 3; i++) {
            double[] ei = localAxisComponents(i);
            for (int j = 0; j < 3; j++) {
                double[] ej = localAxisComponents(j);
                m[i][j] = ei[0] * ej[0] * s[0] + ei[1] * ej[1] * s[1] + ei[2] * ej[2] * s[2];
            }
        }
        double d = z - pose.cz();
        double a11 = m[0][0], a12 = m[0][1], a22 = m[1][1], det = a11 * a22 - a12 * a12;
        double i11 = a22 / det, i12 = -a12 / det, i22 = a11 / det;
        double x0 = -d * (i11 * m[0][2] + i12 * m[1][2]), y0 = -d * (i12 * m[0][2] + i22 * m[1][2]);
        double rhs = 1 - d * d * (m[2][2] - (m[0][2] * (i11 * m[0][2] + i12 * m[1][2]) + m[1][2] * (i12 * m[0][2] + i22 * m[1][2])));
        if (!(rhs > 0)) {
            return Optional.empty();
        }
        // Eigenvalues λ± of A and the angle of the eigenvector of λ₁: semi-axes √(rhs/λ).
        double half = 0.5 * (a11 + a22), diff = Math.sqrt(0.25 * (a11 - a22) * (a11 - a22) + a12 * a12);
        double l1 = half - diff, l2 = half + diff;
        double theta = 0.5 * Math.atan2(2 * a12, a11 - a22) + Math.PI / 2;
        return Optional.of(new EllipseSection(pose.cx() + x0, pose.cy() + y0, Math.sqrt(rhs / l1), Math.sqrt(rhs / l2), theta));
    }

    /** Components (u, v, w) of the world axis e_i in the local frame. */
    private double[] localAxisComponents(int i) {
        double x = i == 0 ? 1 : 0, y = i == 1 ? 1 : 0, zc = i == 2 ? 1 : 0;
        return new double[] {pose.du(x, y, zc), pose.dv(x, y, zc), pose.dw(x, y, zc)};
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
