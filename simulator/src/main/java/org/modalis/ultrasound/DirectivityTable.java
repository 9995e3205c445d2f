package org.modalis.ultrasound;

/**
 * An element's directivity sinc(π·w·sinθ/λ) tabulated over sinθ ∈ [−1, 1] (4097 entries, linear
 * interpolation: error below 10⁻⁴ for w ≤ 2λ). Immutable after construction.
 */
final class DirectivityTable {

    private static final int STEPS = 4096;
    private final double[] value = new double[STEPS + 2];

    DirectivityTable(Transducer probe, double wavelength) {
        for (int i = 0; i <= STEPS + 1; i++) {
            value[i] = probe.directivity(Math.min(1, -1 + 2.0 * i / STEPS), wavelength);
        }
    }

    /** Directivity at sinθ (clamped to [−1, 1]). */
    double at(double sinTheta) {
        double t = (Math.max(-1, Math.min(1, sinTheta)) + 1) * (STEPS / 2.0);
        int i = (int) t;
        return value[i] + (t - i) * (value[i + 1] - value[i]);
    }
}
