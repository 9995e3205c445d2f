package org.modalis.phantom;

/**
 * An ellipse in the plane: centre (cx, cy), semi-axes a along u and b along v, u at angle θ from +x. Its
 * Fourier transform is F(k) = a·b·J₁(2π‖k̃‖)/‖k̃‖ · e^(−2πi k·c) with k̃ = (a·k_u, b·k_v) the frequency in
 * the ellipse's frame scaled by the semi-axes; F(0) = πab (REFERENCES.md; Guerquin-Kern et al. 2012, Table I).
 */
public final class EllipseSection implements PlanarSection {

    private final double cx, cy, a, b, angle;
    /** cos and sin of the angle, computed once: the spectrum is evaluated at every k-space sample. */
    private final double cos, sin;

    /** Below this ‖k̃‖ the J₁ ratio is replaced by its Taylor series π(1 − π²q²/2), exact to ~1e-14. */
    private static final double SMALL_Q = 1e-5;

    /**
     * @param cx    centre x [m]
     * @param cy    centre y [m]
     * @param a     semi-axis along u [m]
     * @param b     semi-axis along v [m]
     * @param angle angle of u from +x, counter-clockwise [rad]
     */
    public EllipseSection(double cx, double cy, double a, double b, double angle) {
        if (!(a > 0 && b > 0) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("ellipse semi-axes must be positive and finite [m], got " + a + ", " + b);
        }
        this.cx = cx;
        this.cy = cy;
        this.a = a;
        this.b = b;
        this.angle = angle;
        this.cos = Math.cos(angle);
        this.sin = Math.sin(angle);
    }

    public double cx() { return cx; }
    public double cy() { return cy; }
    public double a() { return a; }
    public double b() { return b; }
    public double angle() { return angle; }

    @Override
    public void addFourier(double kx, double ky, double scale, double[] out) {
        double c = cos, s = sin;
        double qu = a * (kx * c + ky * s), qv = b * (-kx * s + ky * c);
        double q = Math.sqrt(qu * qu + qv * qv);
        double ratio = q < SMALL_Q ? Math.PI * (1 - 0.5 * Math.PI * Math.PI * q * q) : BesselJ1.value(2 * Math.PI * q) / q;
        double mag = scale * a * b * ratio;
        double phase = -2 * Math.PI * (kx * cx + ky * cy);
        out[0] += mag * Math.cos(phase);
        out[1] += mag * Math.sin(phase);
    }

    @Override
    public double area() {
        return Math.PI * a * b;
    }

    @Override
    public boolean contains(double x, double y, double slack) {
        double c = cos, s = sin;
        double dx = x - cx, dy = y - cy;
        double p = (dx * c + dy * s) / a, q = (-dx * s + dy * c) / b;
        return p * p + q * q <= 1 + slack;
    }

    @Override
    public void boundary(int n, double[] xs, double[] ys) {
        double c = cos, s = sin;
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double u = a * Math.cos(t), v = b * Math.sin(t);
            xs[i] = cx + u * c - v * s;
            ys[i] = cy + u * s + v * c;
        }
    }
}
