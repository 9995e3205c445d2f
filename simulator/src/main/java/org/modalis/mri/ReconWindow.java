package org.modalis.mri;

/**
 * Apodization of k-space before the inverse FFT: trades Gibbs ringing for resolution (Harris, Proc. IEEE 66
 * (1978) 51). Weights are functions of u = k/k_max ∈ [−1, 1].
 */
public enum ReconWindow {
    /** Rectangular: sharpest, full 9 % Gibbs overshoot. */
    NONE,
    /** Hann: 0.5 + 0.5·cos(πu). */
    HANN,
    /** Hamming: 0.54 + 0.46·cos(πu). */
    HAMMING,
    /** Tukey (α = 0.5): flat for |u| ≤ 0.5, cosine taper to 0 at |u| = 1. */
    TUKEY;

    /** Fraction of the k-space half-width over which {@link #TUKEY} tapers. */
    private static final double TUKEY_ALPHA = 0.5;

    /** Weight at u = k/k_max (|u| ≤ 1). */
    public double weight(double u) {
        double a = Math.abs(u);
        return switch (this) {
            case NONE -> 1;
            case HANN -> 0.5 + 0.5 * Math.cos(Math.PI * a);
            case HAMMING -> 0.54 + 0.46 * Math.cos(Math.PI * a);
            case TUKEY -> a <= 1 - TUKEY_ALPHA ? 1 : 0.5 + 0.5 * Math.cos(Math.PI * (a - 1 + TUKEY_ALPHA) / TUKEY_ALPHA);
        };
    }
}
