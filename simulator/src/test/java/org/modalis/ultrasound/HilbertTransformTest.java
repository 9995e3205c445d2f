package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jtransforms.fft.DoubleFFT_1D;
import org.junit.jupiter.api.Test;
import org.modalis.physics.Rng;

/** The Hilbert transform, in one transform or split in two halves (long records), against the analytic signal. */
class HilbertTransformTest {

    @Test
    void splitTransformEqualsTheAnalyticSignalsImaginaryPart() {
        int n = 8192, samples = 3133; // a 6 cm line at 40 MHz: long enough for the split path
        float[] x = new float[samples];
        Rng rng = new Rng(3);
        for (int k = 0; k < samples; k++) {
            x[k] = (float) rng.gaussian(); // white: every frequency, DC and Nyquist included
        }
        double[] h = new double[samples];
        new HilbertTransform(n).transform(x, 0, samples, h);
        double[] z = analyticSignal(x, n);
        double worst = 0;
        for (int k = 0; k < samples; k++) {
            worst = Math.max(worst, Math.abs(h[k] - z[2 * k + 1]));
        }
        // Two routes through double-precision FFTs of 8192 points: they agree to rounding, ~10⁻¹³ of unit-variance
        // noise; 10⁻⁹ leaves room and still catches any wrong twiddle or bin (errors of order 1).
        assertEquals(0, worst, 1e-9);
    }

    @Test
    void shortTransformOfAGaussianToneIsItsQuadrature() {
        int samples = 400;
        float[] x = new float[samples];
        double sigma = 12, f = 0.125;
        for (int k = 0; k < samples; k++) {
            double t = k - 200;
            x[k] = (float) (Math.exp(-t * t / (2 * sigma * sigma)) * Math.cos(2 * Math.PI * f * t));
        }
        double[] h = new double[samples];
        new HilbertTransform(EnvelopeDetector.paddedLength(samples)).transform(x, 0, samples, h);
        for (int k = 150; k < 250; k++) {
            double t = k - 200;
            // Bedrosian: H{g·cos} = g·sin when g's spectrum lies below f (here 10⁻⁸⁰ above it); float input, 10⁻⁵.
            assertEquals(Math.exp(-t * t / (2 * sigma * sigma)) * Math.sin(2 * Math.PI * f * t), h[k], 1e-5);
        }
    }

    /** Marple's analytic signal by complex FFTs of length n: positive frequencies doubled, negative zeroed. */
    private static double[] analyticSignal(float[] x, int n) {
        double[] z = new double[2 * n];
        for (int k = 0; k < x.length; k++) {
            z[2 * k] = x[k];
        }
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        fft.complexForward(z);
        for (int k = 1; k < n / 2; k++) {
            z[2 * k] *= 2;
            z[2 * k + 1] *= 2;
        }
        java.util.Arrays.fill(z, n + 2, 2 * n, 0);
        fft.complexInverse(z, true);
        return z;
    }
}
