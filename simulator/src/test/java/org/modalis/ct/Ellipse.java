package org.modalis.ct;

/**
 * Test-side analytic ellipse of constant value ρ (added to what lies beneath, as in Shepp–Logan): centre
 * (cx, cy) [m], semi-axes a (along the ellipse's own x axis) and b [m], rotation α [rad] counter-clockwise.
 * Its parallel projection is the closed form of Kak &amp; Slaney eqs. 3.5–3.10:
 * p(t, θ) = 2ρab·√(s² − t'²)/s², s² = a²cos²(θ−α) + b²sin²(θ−α), t' = t − (cx cosθ + cy sinθ).
 */
public record Ellipse(double cx, double cy, double a, double b, double alphaRad, double rho) {

    /** Line integral of the ellipse along the line x cosθ + y sinθ = t. */
    public double projection(double t, double theta) {
        double c = Math.cos(theta - alphaRad);
        double s = Math.sin(theta - alphaRad);
        double s2 = a * a * c * c + b * b * s * s;
        double tp = t - (cx * Math.cos(theta) + cy * Math.sin(theta));
        double r = s2 - tp * tp;
        return r <= 0 ? 0.0 : 2 * rho * a * b * Math.sqrt(r) / s2;
    }

    /** Whether (x, y) [m] lies inside (boundary included). */
    public boolean contains(double x, double y) {
        double dx = x - cx;
        double dy = y - cy;
        double c = Math.cos(alphaRad);
        double s = Math.sin(alphaRad);
        double xp = dx * c + dy * s;
        double yp = -dx * s + dy * c;
        return (xp * xp) / (a * a) + (yp * yp) / (b * b) <= 1.0;
    }
}
