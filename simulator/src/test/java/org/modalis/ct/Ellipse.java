package org.modalis.ct;

/**
 * Test-side analytic ellipse of constant value ρ (added to what lies beneath, as in Shepp–Logan): centre
 * (cx, cy) [m], semi-axes a (along the ellipse's own x axis) and b [m], rotation α [rad] counter-clockwise.
 * Its parallel projection is the closed form of Kak &amp; Slaney §3.1:
 * p(t, θ) = 2ρab·√(s² − t'²)/s², s² = a²cos²(θ−α) + b²sin²(θ−α), t' = t − (cx cosθ + cy sinθ).
 */
public final class Ellipse {

    private final double cx;
    private final double cy;
    private final double a;
    private final double b;
    private final double alphaRad;
    private final double rho;
    private final double cosAlpha;
    private final double sinAlpha;

    public Ellipse(double cx, double cy, double a, double b, double alphaRad, double rho) {
        this.cx = cx;
        this.cy = cy;
        this.a = a;
        this.b = b;
        this.alphaRad = alphaRad;
        this.rho = rho;
        this.cosAlpha = Math.cos(alphaRad);
        this.sinAlpha = Math.sin(alphaRad);
    }

    public double cx() { return cx; }
    public double cy() { return cy; }
    public double a() { return a; }
    public double b() { return b; }
    public double alphaRad() { return alphaRad; }
    public double rho() { return rho; }

    /** Line integral of the ellipse along the line x cosθ + y sinθ = t. */
    public double projection(double t, double theta) {
        return projection(t, Math.cos(theta), Math.sin(theta));
    }

    /** The same with cosθ and sinθ given (cos(θ−α) and sin(θ−α) by the angle-difference identities). */
    public double projection(double t, double cosTheta, double sinTheta) {
        double c = cosTheta * cosAlpha + sinTheta * sinAlpha;
        double s = sinTheta * cosAlpha - cosTheta * sinAlpha;
        double s2 = a * a * c * c + b * b * s * s;
        double tp = t - (cx * cosTheta + cy * sinTheta);
        double r = s2 - tp * tp;
        return r <= 0 ? 0.0 : 2 * rho * a * b * Math.sqrt(r) / s2;
    }

    /** Whether (x, y) [m] lies inside (boundary included). */
    public boolean contains(double x, double y) {
        double dx = x - cx;
        double dy = y - cy;
        double xp = dx * cosAlpha + dy * sinAlpha;
        double yp = -dx * sinAlpha + dy * cosAlpha;
        return (xp * xp) / (a * a) + (yp * yp) / (b * b) <= 1.0;
    }
}
