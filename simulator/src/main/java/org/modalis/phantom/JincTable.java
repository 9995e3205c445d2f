package org.modalis.phantom;

/**
 * The radial profile of an ellipse's Fourier transform, g(q) = J₁(2πq)/q (so F_ellipse(k) = a·b·g(‖k̃‖), g(0) = π),
 * tabulated once on q ∈ [0, {@value #Q_MAX}] with step h = 1/{@value #STEPS_PER_UNIT} and read by 4-point cubic
 * Lagrange interpolation: the MRI k-space evaluates it at every sample for every section, and a table read costs
 * a fraction of the rational J₁ of {@link BesselJ1} plus its division.
 *
 * <p>Error bound: g(q) = 2π·jinc(2πq) with jinc(x) = J₁(x)/x = (1/π)∫₋₁¹ √(1 − t²)·cos(xt) dt, so
 * |d⁴jinc/dx⁴| ≤ (1/π)∫ t⁴√(1 − t²) dt = 1/16 and |g⁗(q)| ≤ 2π·(2π)⁴/16 ≈ 612. The cubic Lagrange remainder is at
 * most max|g⁗|/24 · (9/16)·h⁴ = 8.5e-7·(64h)⁴, i.e. 5.3e-8 for h = 1/128, plus the ≤ 1e-8 of the tabulated J₁:
 * below 2e-8 of the peak g(0) = π. Beyond {@value #Q_MAX} (outside any clinical k-space for a body-sized
 * ellipse: q = semi-axis × |k| = 0.15 m × 6800 cycles/m) the value is computed directly.
 */
public final class JincTable {

    /** Table entries per unit of q. */
    static final int STEPS_PER_UNIT = 128;
    /** Largest tabulated q. */
    static final double Q_MAX = 1024;
    private static final double SIXTH = 1.0 / 6;
    /** values[j] = g((j − 1)·h): one entry before q = 0 (g is even) so every interval has 4 neighbours. */
    private static final double[] VALUES = tabulate();

    private JincTable() {
    }

    private static double[] tabulate() {
        int n = (int) (Q_MAX * STEPS_PER_UNIT) + 4;
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = direct(Math.abs(j - 1) / (double) STEPS_PER_UNIT);
        }
        return v;
    }

    /** g(q) = J₁(2πq)/q from the rational approximation (Taylor series π(1 − π²q²/2) near 0). */
    static double direct(double q) {
        double aq = Math.abs(q);
        return aq < 1e-5 ? Math.PI * (1 - 0.5 * Math.PI * Math.PI * aq * aq) : BesselJ1.value(2 * Math.PI * aq) / aq;
    }

    /** g(q) = J₁(2πq)/q for q ≥ 0 [dimensionless; q is ‖k̃‖, the frequency scaled by the semi-axes]. */
    public static double value(double q) {
        double x = q * STEPS_PER_UNIT;
        if (!(x < Q_MAX * STEPS_PER_UNIT)) {
            return direct(q);
        }
        int i = (int) x;
        double t = x - i;
        double[] v = VALUES;
        // Lagrange weights of the nodes i − 1, i, i + 1, i + 2 (stored at i, i + 1, i + 2, i + 3).
        double tm1 = t - 1, tm2 = t - 2, tp1 = t + 1;
        // Products by 1/6 and 1/2 rather than divisions (the same to an ulp, a few cycles less per k-space sample).
        double w0 = -SIXTH * t * tm1 * tm2, w1 = 0.5 * tp1 * tm1 * tm2, w2 = -0.5 * tp1 * t * tm2, w3 = SIXTH * tp1 * t * tm1;
        return w0 * v[i] + w1 * v[i + 1] + w2 * v[i + 2] + w3 * v[i + 3];
    }
}
