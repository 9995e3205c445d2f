package org.modalis.ultrasound;

import java.util.stream.IntStream;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The envelope of RF lines as the magnitude of the analytic signal x + i·H{x}, formed in the frequency domain
 * (Marple, IEEE Trans. SP 47 (1999) 2600): FFT, double the positive frequencies, zero the negative ones, inverse
 * FFT. Each line is zero-padded to a power of two so the circular transform does not wrap its end onto its start.
 */
public final class EnvelopeDetector {

    /** Writes |analytic signal| of each of the {@code lines} rows of {@code rf} into {@code out} (same layout). */
    public void envelope(float[] rf, int lines, int samples, float[] out) {
        int n = Integer.highestOneBit(Math.max(1, 2 * samples - 1)) << 1;
        ThreadLocal<DoubleFFT_1D> plans = ThreadLocal.withInitial(() -> new DoubleFFT_1D(n));
        IntStream.range(0, lines).parallel().forEach(l -> line(rf, l * samples, samples, n, plans.get(), out));
    }

    private static void line(float[] rf, int offset, int samples, int n, DoubleFFT_1D fft, float[] out) {
        double[] z = new double[2 * n];
        for (int k = 0; k < samples; k++) {
            z[2 * k] = rf[offset + k];
        }
        fft.complexForward(z);
        for (int k = 1; k < n / 2; k++) {
            z[2 * k] *= 2;
            z[2 * k + 1] *= 2;
        }
        for (int k = n / 2 + 1; k < n; k++) {
            z[2 * k] = 0;
            z[2 * k + 1] = 0;
        }
        fft.complexInverse(z, true);
        for (int k = 0; k < samples; k++) {
            out[offset + k] = (float) Math.hypot(z[2 * k], z[2 * k + 1]);
        }
    }
}
