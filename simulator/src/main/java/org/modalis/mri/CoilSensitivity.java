package org.modalis.mri;

import java.util.function.DoubleBinaryOperator;

/**
 * A receive coil's complex sensitivity as a short 2-D Fourier series,
 * <pre>S(x, y) = Σ_{|m_x|,|m_y| ≤ M} c_m · e^(2πi(m_x·x/L_x + m_y·y/L_y)),</pre>
 * so that the k-space the coil sees stays analytic: FT(S·ρ)(k) = Σ_m c_m·ρ̂(k − k_m), k_m = (m_x/L_x, m_y/L_y),
 * exactly (the polynomial route of Guerquin-Kern et al., IEEE TMI 31 (2012) 626, with Fourier modes instead).
 * The periods L are twice the field of view so the series can follow a profile that is not periodic over the
 * FOV; the coefficients are the Fourier coefficients of the profile over the period box, computed by the
 * midpoint rule on {@link #FIT_POINTS}² points (exact for the modes kept: aliasing from modes above
 * {@code FIT_POINTS/2} only).
 *
 * @param order M, modes per axis −M … M, 0 … 8
 * @param periodX L_x [m]
 * @param periodY L_y [m]
 * @param re     Re c_m, index (m_y + M)·(2M + 1) + (m_x + M)
 * @param im     Im c_m
 */
public record CoilSensitivity(int order, double periodX, double periodY, double[] re, double[] im) {

    /** Points per axis of the coefficient integral. */
    public static final int FIT_POINTS = 64;

    public CoilSensitivity {
        if (order < 0 || order > 8) {
            throw new IllegalArgumentException("Fourier order must be in [0, 8], got " + order);
        }
        int n = (2 * order + 1) * (2 * order + 1);
        if (re.length != n || im.length != n) {
            throw new IllegalArgumentException("a Fourier series of order " + order + " needs " + n + " coefficients");
        }
        if (!(periodX > 0 && periodY > 0)) {
            throw new IllegalArgumentException("periods must be positive [m]");
        }
    }

    /** The truncated Fourier series of a real profile over the box [−L_x/2, L_x/2) × [−L_y/2, L_y/2). */
    public static CoilSensitivity fit(DoubleBinaryOperator profile, int order, double periodX, double periodY) {
        int w = 2 * order + 1, n = FIT_POINTS;
        double[] re = new double[w * w], im = new double[w * w];
        double[] values = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                values[j * n + i] = profile.applyAsDouble(((i + 0.5) / n - 0.5) * periodX, ((j + 0.5) / n - 0.5) * periodY);
            }
        }
        for (int my = -order; my <= order; my++) {
            for (int mx = -order; mx <= order; mx++) {
                double sr = 0, si = 0;
                for (int j = 0; j < n; j++) {
                    double y = ((j + 0.5) / n - 0.5) * periodY;
                    for (int i = 0; i < n; i++) {
                        double x = ((i + 0.5) / n - 0.5) * periodX;
                        double ph = -2 * Math.PI * (mx * x / periodX + my * y / periodY);
                        sr += values[j * n + i] * Math.cos(ph);
                        si += values[j * n + i] * Math.sin(ph);
                    }
                }
                int idx = (my + order) * w + (mx + order);
                re[idx] = sr / (n * n);
                im[idx] = si / (n * n);
            }
        }
        return new CoilSensitivity(order, periodX, periodY, re, im);
    }

    /** A uniform coil (body coil): S = 1. */
    public static CoilSensitivity uniform(double periodX, double periodY) {
        return new CoilSensitivity(0, periodX, periodY, new double[] {1}, new double[] {0});
    }

    /** S(x, y) as (re, im) into out. */
    public void value(double x, double y, double[] out) {
        int w = 2 * order + 1;
        double sr = 0, si = 0;
        for (int my = -order; my <= order; my++) {
            for (int mx = -order; mx <= order; mx++) {
                int idx = (my + order) * w + (mx + order);
                double ph = 2 * Math.PI * (mx * x / periodX + my * y / periodY), c = Math.cos(ph), s = Math.sin(ph);
                sr += re[idx] * c - im[idx] * s;
                si += re[idx] * s + im[idx] * c;
            }
        }
        out[0] = sr;
        out[1] = si;
    }

    /**
     * S on the grid xs × ys, row-major (row = y), as interleaved (re, im): separable, Σ_my e^(2πi·m_y·y/L_y)·
     * (Σ_mx c_m·e^(2πi·m_x·x/L_x)), O(n_x·n_y·(2M + 1)) instead of O(n_x·n_y·(2M + 1)²) trigonometry.
     */
    public float[] map(double[] xs, double[] ys) {
        int w = 2 * order + 1, nx = xs.length, ny = ys.length;
        double[] inner = new double[2 * w * nx];   // per m_y, per x: Σ_mx c·e^(iφx)
        for (int my = 0; my < w; my++) {
            for (int i = 0; i < nx; i++) {
                double sr = 0, si = 0;
                for (int mx = 0; mx < w; mx++) {
                    double ph = 2 * Math.PI * (mx - order) * xs[i] / periodX, c = Math.cos(ph), s = Math.sin(ph);
                    sr += re[my * w + mx] * c - im[my * w + mx] * s;
                    si += re[my * w + mx] * s + im[my * w + mx] * c;
                }
                inner[2 * (my * nx + i)] = sr;
                inner[2 * (my * nx + i) + 1] = si;
            }
        }
        float[] out = new float[2 * nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int my = 0; my < w; my++) {
                double ph = 2 * Math.PI * (my - order) * ys[j] / periodY, c = Math.cos(ph), s = Math.sin(ph);
                for (int i = 0; i < nx; i++) {
                    double ar = inner[2 * (my * nx + i)], ai = inner[2 * (my * nx + i) + 1];
                    out[2 * (j * nx + i)] += (float) (ar * c - ai * s);
                    out[2 * (j * nx + i) + 1] += (float) (ar * s + ai * c);
                }
            }
        }
        return out;
    }
}
