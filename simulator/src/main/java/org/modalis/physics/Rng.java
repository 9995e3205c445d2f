package org.modalis.physics;

import java.util.SplittableRandom;

/**
 * The only source of randomness in Modalis: seeded, so the same scenario and seed give the same bytes.
 * Parallel loops take one {@link #stream(long)} per independent unit of work (e.g. per view), which makes
 * the result independent of thread scheduling.
 */
public final class Rng {

    private final long seed;
    private final SplittableRandom random;
    private double spareGaussian = Double.NaN;

    public Rng(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    public long seed() {
        return seed;
    }

    /** An independent generator for unit of work {@code index}, a pure function of (seed, index). */
    public Rng stream(long index) {
        return new Rng(mix(seed * 0x9E3779B97F4A7C15L + index));
    }

    /** Uniform in [0, 1). */
    public double uniform() {
        return random.nextDouble();
    }

    /** Standard normal deviate (Marsaglia polar method). */
    public double gaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double g = spareGaussian;
            spareGaussian = Double.NaN;
            return g;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * f;
        return u * f;
    }

    /**
     * Poisson deviate with the given mean: exact inversion by multiplication for small means (Knuth), and
     * the PTRS transformed-rejection method of Hörmann (1993) above 10, which is exact too.
     */
    public long poisson(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < 10) {
            double limit = Math.exp(-mean);
            double p = random.nextDouble();
            long k = 0;
            while (p > limit) {
                p *= random.nextDouble();
                k++;
            }
            return k;
        }
        return ptrs(mean);
    }

    private long ptrs(double mu) {
        double slam = Math.sqrt(mu);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mu + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k; // the quick acceptance, ≈ 86 % of draws: ln μ and 1/α are needed only below
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double invalpha = 1.1239 + 1.1328 / (b - 3.4);
            double lhs = Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b);
            double rhs = -mu + k * Math.log(mu) - logFactorial(k);
            if (lhs <= rhs) {
                return k;
            }
        }
    }

    /**
     * ln k!: exact sums below 10, above the Stirling series of ln Γ(k + 1) to the n⁻⁷ term (Hörmann 1993 uses the
     * same split), whose truncation error is below the next term 1/(1188·n⁹) ≤ 4·10⁻¹³ for n = k + 1 ≥ 11 — far
     * below the rounding of the acceptance test it feeds, and several times faster than {@code Gamma.logGamma}.
     */
    static double logFactorial(long k) {
        if (k < SMALL_LOG_FACTORIALS.length) {
            return SMALL_LOG_FACTORIALS[(int) k];
        }
        double n = k + 1.0; // ln k! = ln Γ(n)
        double inv = 1 / n;
        double inv2 = inv * inv;
        return (n - 0.5) * Math.log(n) - n + HALF_LOG_TWO_PI
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
    }

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    /** ln k! for k = 0 … 9. */
    private static final double[] SMALL_LOG_FACTORIALS = smallLogFactorials();

    private static double[] smallLogFactorials() {
        double[] t = new double[10];
        for (int k = 2; k < t.length; k++) {
            t[k] = t[k - 1] + Math.log(k);
        }
        return t;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
