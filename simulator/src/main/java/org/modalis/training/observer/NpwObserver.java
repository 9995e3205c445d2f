package org.modalis.training.observer;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.modalis.training.roc.RocAnalysis;

/**
 * The non-prewhitening matched filter (NPW) model observer: its test statistic is the image correlated
 * with the expected signal, t = sᵀ(g − b)/‖s‖, where s is the noise-free lesion signal (the noise-free
 * image with the lesion minus the one without), g the noisy case image and b the noise-free background.
 * For signal-known-exactly/background-known-exactly tasks its detectability is
 * d′ = (⟨t⟩₁ − ⟨t⟩₀)/√(½(σ₁² + σ₀²)), and for normal t of equal variance the AUC is Φ(d′/√2)
 * (ICRU Report 54, 1996, §2–3; Barrett &amp; Myers, Foundations of Image Science, 2004, §13.2). With
 * quantum noise the noise variance ∝ 1/dose while s is fixed, so d′ ∝ √dose (Rose criterion; tested).
 * Dividing by ‖s‖ puts cases with different lesion sizes on one noise scale (t has the noise's variance for
 * white noise) without changing d′ for a single lesion.
 */
public final class NpwObserver {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private NpwObserver() {
    }

    /** t = sᵀ(g − b)/‖s‖ over all pixels; 0 when the signal is empty (a lesion outside the image). */
    public static double statistic(float[] signal, float[] image, float[] background) {
        if (signal.length != image.length || image.length != background.length) {
            throw new IllegalArgumentException("signal, image and background must have the same size, got "
                    + signal.length + ", " + image.length + ", " + background.length);
        }
        double dot = 0;
        double norm2 = 0;
        for (int i = 0; i < signal.length; i++) {
            dot += signal[i] * ((double) image[i] - background[i]);
            norm2 += (double) signal[i] * signal[i];
        }
        return norm2 > 0 ? dot / Math.sqrt(norm2) : 0;
    }

    /** d′ and AUCs from the statistics of lesion-present and lesion-absent cases (each ≥ 2 cases). */
    public static NpwResult evaluate(double[] presentT, double[] absentT) {
        if (presentT.length < 2 || absentT.length < 2) {
            throw new IllegalArgumentException("the NPW observer needs ≥ 2 present and ≥ 2 absent cases, got "
                    + presentT.length + " and " + absentT.length);
        }
        double pooled = Math.sqrt(0.5 * (variance(presentT) + variance(absentT)));
        double d = pooled > 0 ? (mean(presentT) - mean(absentT)) / pooled : Double.POSITIVE_INFINITY;
        return new NpwResult(presentT.length, absentT.length, d, aucOf(d),
                RocAnalysis.of(presentT, absentT).auc());
    }

    /** Φ(d′/√2). */
    public static double aucOf(double dPrime) {
        return STANDARD_NORMAL.cumulativeProbability(dPrime / Math.sqrt(2));
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Unbiased sample variance (n − 1). */
    static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (v.length - 1);
    }
}
