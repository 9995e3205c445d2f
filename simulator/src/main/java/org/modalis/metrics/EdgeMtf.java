package org.modalis.metrics;

import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.modalis.image.Grid;
import org.modalis.image.Image;

/**
 * Presampled MTF from the edge of a circular insert, the CT task-based method (Richard et al., Med. Phys.
 * 39:4115, 2012; Friedman et al., Med. Phys. 40:051907, 2013): (1) average the pixels by radius from the
 * insert centre into bins of a fraction h of a pixel → edge-spread function (ESF, {@link RadialEdgeProfile});
 * (2) forward differences → line-spread function (LSF) at the bin boundaries; (3) Tukey taper of the LSF
 * tails, normalisation to unit area (sign-free: bright or dark inserts alike); (4) MTF(f) = |Σ LSF_k
 * e^{−2πi f r_k}|, evaluated directly at the requested frequencies (no FFT zero-padding or interpolation),
 * divided by sinc²(f h) to undo the two box filters of width h the method itself applies (bin averaging
 * and the finite difference; 0.8 % at Nyquist for h = 0.1 px). The insert centre must be known to a small
 * fraction of a pixel (in a simulator it is the phantom's truth): a centre error δ smears the ESF over ±δ.
 * The radius is that of the edge; the radial averaging assumes the PSF is much narrower than it (the edge
 * is locally straight) and averages the MTF over all directions, which is what the method reports.
 */
public final class EdgeMtf {

    private EdgeMtf() {
    }

    /** MTF of slice 0 at the edge of the insert centred at (cx, cy) [m] with radius {@code radius} [m]. */
    public static MtfCurve measure(Image image, double cx, double cy, double radius, EdgeMtfSettings s) {
        return measure(image, 0, cx, cy, radius, s);
    }

    /** MTF of slice {@code k}; see the class comment. */
    public static MtfCurve measure(Image image, int k, double cx, double cy, double radius, EdgeMtfSettings s) {
        Grid g = image.grid();
        if (Math.abs(g.dx() - g.dy()) > 1e-9 * g.dx()) {
            throw new IllegalArgumentException("circular-edge MTF needs square pixels, got " + g.dx() + " × "
                    + g.dy() + " m");
        }
        double dx = g.dx();
        double halfRange = s.halfRangePixels() * dx;
        if (!(radius > halfRange)) {
            throw new IllegalArgumentException("insert radius " + radius + " m must exceed the ESF half range "
                    + halfRange + " m (" + s.halfRangePixels() + " px)");
        }
        double h = s.binWidthPixels() * dx;
        int bins = (int) Math.ceil(2 * halfRange / h);
        double r0 = radius - halfRange;
        double[] esf = RadialEdgeProfile.measure(image, k, cx, cy, r0, h, bins);
        DoubleUnaryOperator mtf = transform(esf, r0, h, radius, halfRange, s.taperFraction());
        return curve(mtf, dx, s, String.format(java.util.Locale.ROOT,
                "circular-edge method, insert centre (%.3f, %.3f) mm radius %.3f mm, %.2f-px bins, ±%.1f px",
                cx * 1e3, cy * 1e3, radius * 1e3, s.binWidthPixels(), s.halfRangePixels()));
    }

    /** LSF → tapered, normalised → MTF(f) [f in cycles/m], corrected for the method's own sinc². */
    private static DoubleUnaryOperator transform(double[] esf, double r0, double h, double radius,
                                                 double halfRange, double taper) {
        int n = esf.length - 1;
        double[] lsf = new double[n];
        double[] r = new double[n];
        double area = 0;
        for (int b = 0; b < n; b++) {
            r[b] = r0 + (b + 1) * h; // the boundary between bins b and b + 1
            double u = Math.abs(r[b] - radius) / halfRange;
            lsf[b] = (esf[b + 1] - esf[b]) * tukey(u, taper);
            area += lsf[b];
        }
        if (!(Math.abs(area) > 0)) {
            throw new IllegalArgumentException("no edge: the profile is flat across radius " + radius + " m");
        }
        double norm = area;
        return f -> {
            double re = 0;
            double im = 0;
            for (int b = 0; b < n; b++) {
                double phase = 2 * Math.PI * f * (r[b] - radius); // relative to the edge: a smooth phase
                re += lsf[b] * Math.cos(phase);
                im -= lsf[b] * Math.sin(phase);
            }
            double box = sinc(f * h);
            return Math.hypot(re, im) / Math.abs(norm) / (box * box);
        };
    }

    /** Tukey window of half-width 1 in u = |offset| / half range: flat to 1 − taper, then a cosine to 0. */
    private static double tukey(double u, double taper) {
        double flat = 1 - taper;
        if (u <= flat) {
            return 1;
        }
        if (u >= 1) {
            return 0;
        }
        return 0.5 * (1 + Math.cos(Math.PI * (u - flat) / taper));
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private static MtfCurve curve(DoubleUnaryOperator mtf, double dx, EdgeMtfSettings s, String method) {
        int m = s.points();
        double fMax = s.maxFrequencyPixels() / dx;
        double[] f = new double[m];
        double[] v = new double[m];
        for (int q = 0; q < m; q++) {
            f[q] = fMax * q / (m - 1);
            v[q] = mtf.applyAsDouble(f[q]);
        }
        return new MtfCurve(f, v, crossing(mtf, f, v, 0.5), crossing(mtf, f, v, 0.1), method);
    }

    /** First frequency where the MTF falls to {@code level}: bracketed on the curve, refined by bisection. */
    static OptionalDouble crossing(DoubleUnaryOperator mtf, double[] f, double[] v, double level) {
        for (int q = 1; q < f.length; q++) {
            if (v[q] <= level && v[q - 1] > level) {
                double lo = f[q - 1];
                double hi = f[q];
                for (int it = 0; it < 60; it++) {
                    double mid = 0.5 * (lo + hi);
                    if (mtf.applyAsDouble(mid) > level) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                return OptionalDouble.of(0.5 * (lo + hi));
            }
        }
        return OptionalDouble.empty();
    }
}
