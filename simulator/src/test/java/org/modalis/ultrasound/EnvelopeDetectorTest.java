package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Hilbert envelope of a Gaussian-enveloped tone is its Gaussian envelope. */
class EnvelopeDetectorTest {

    @Test
    void envelopeOfAGaussianToneIsTheGaussian() {
        int n = 400;
        float[] rf = new float[2 * n];
        double sigma = 12, f = 0.125; // 8 samples per period, σ = 1.5 periods: bandwidth well inside (0, fs/2)
        for (int line = 0; line < 2; line++) {
            for (int k = 0; k < n; k++) {
                double t = k - 200;
                rf[line * n + k] = (float) (Math.exp(-t * t / (2 * sigma * sigma)) * Math.cos(2 * Math.PI * f * t + line));
            }
        }
        float[] env = new float[2 * n];
        new EnvelopeDetector().envelope(rf, 2, n, env);
        for (int line = 0; line < 2; line++) {
            for (int k = 150; k < 250; k++) {
                double t = k - 200;
                // The Gaussian spectrum's negative-frequency tail at f = 0 is exp(−(2πfσ)²/2) ~ 10⁻⁸⁰: the analytic
                // signal is exact up to float rounding (10⁻⁶) and the FFT's error (10⁻¹⁵).
                assertEquals(Math.exp(-t * t / (2 * sigma * sigma)), env[line * n + k], 1e-5);
            }
        }
    }
}
