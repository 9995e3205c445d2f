package org.modalis.metrics;

import java.util.function.DoubleUnaryOperator;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/** Test images of a disc with known blur, rendered from closed forms (independent of the code under test). */
final class DiscImages {

    private DiscImages() {
    }

    /** An image whose pixel (i, j) holds {@code profile(r)}, r the distance of its centre from (cx, cy). */
    static Image radial(Grid g, double cx, double cy, DoubleUnaryOperator profile) {
        Image img = Image.zeros(g, "value", "1", new Window(0.5, 1));
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                img.data()[g.index(i, j, 0)] = (float) profile.applyAsDouble(Math.hypot(g.x(i) - cx, g.y(j) - cy));
            }
        }
        return img;
    }

    /**
     * Value at radius r of a unit disc of radius R convolved with an isotropic 2-D Gaussian of standard
     * deviation σ: the probability that a normal vector centred at distance r falls inside the disc,
     * ∫₀^R (ρ/σ²)·exp(−(r² + ρ²)/2σ²)·I₀(rρ/σ²) dρ (the Rice distribution's CDF, i.e. 1 − Q₁(r/σ, R/σ)),
     * written with the scaled Bessel function so the integrand never overflows, by Simpson's rule over the
     * ±10σ where the integrand is non-negligible (1000 intervals of 0.02σ: error far below 1e-7). Beyond
     * 10σ from the edge the value is 1 or 0 to within e^{−50}.
     */
    static double blurredDisc(double r, double radius, double sigma) {
        if (Math.abs(r - radius) > 10 * sigma) {
            return r < radius ? 1 : 0;
        }
        double lo = Math.max(0, r - 10 * sigma);
        double hi = Math.min(radius, r + 10 * sigma);
        int n = 1000;
        double step = (hi - lo) / n;
        double s = 0;
        for (int q = 0; q <= n; q++) {
            double rho = lo + q * step;
            double w = q == 0 || q == n ? 1 : (q % 2 == 1 ? 4 : 2);
            double d = r - rho;
            s += w * rho / (sigma * sigma) * Math.exp(-d * d / (2 * sigma * sigma)) * i0e(r * rho / (sigma * sigma));
        }
        return s * step / 3;
    }

    /**
     * e^{−x}·I₀(x) for x ≥ 0: Abramowitz & Stegun 9.8.1 (x ≤ 3.75, |ε| < 1.6e-7 relative) and 9.8.2
     * (x ≥ 3.75, |ε| < 1.9e-7 in √x·e^{−x}·I₀).
     */
    static double i0e(double x) {
        if (x <= 3.75) {
            double t = (x / 3.75) * (x / 3.75);
            double i0 = 1 + t * (3.5156229 + t * (3.0899424 + t * (1.2067492 + t * (0.2659732 + t * (0.0360768
                    + t * 0.0045813)))));
            return i0 * Math.exp(-x);
        }
        double t = 3.75 / x;
        double p = 0.39894228 + t * (0.01328592 + t * (0.00225319 + t * (-0.00157565 + t * (0.00916281
                + t * (-0.02057706 + t * (0.02635537 + t * (-0.01647633 + t * 0.00392377)))))));
        return p / Math.sqrt(x);
    }

    /** Area fraction of each pixel inside a sharp disc, by s × s point supersampling. */
    static Image sharpDisc(Grid g, double cx, double cy, double radius, int s) {
        Image img = Image.zeros(g, "value", "1", new Window(0.5, 1));
        double diag = Math.hypot(g.dx(), g.dy());
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                double r = Math.hypot(g.x(i) - cx, g.y(j) - cy);
                double v;
                if (r < radius - diag) {
                    v = 1;
                } else if (r > radius + diag) {
                    v = 0;
                } else {
                    int in = 0;
                    for (int b = 0; b < s; b++) {
                        double y = g.y(j) + ((b + 0.5) / s - 0.5) * g.dy() - cy;
                        for (int a = 0; a < s; a++) {
                            double x = g.x(i) + ((a + 0.5) / s - 0.5) * g.dx() - cx;
                            in += x * x + y * y <= radius * radius ? 1 : 0;
                        }
                    }
                    v = in / (double) (s * s);
                }
                img.data()[g.index(i, j, 0)] = (float) v;
            }
        }
        return img;
    }
}
