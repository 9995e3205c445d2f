package org.modalis.ultrasound;

import java.util.stream.IntStream;

/**
 * The envelope of RF lines as the magnitude of the analytic signal x + i·H{x} (Marple, IEEE Trans. SP 47 (1999)
 * 2600), with H{x} formed in the frequency domain ({@link HilbertTransform}). Each line is zero-padded to a power of
 * two at least twice its length so the circular transform does not wrap its end onto its start (the 1/t tail of
 * the Hilbert kernel carries the low-frequency content of the strong early echoes a long way: padding to 1.25×
 * instead changed the envelope of a 6 cm frame's last centimetres by half their level).
 */
public final class EnvelopeDetector {

    /** Writes |analytic signal| of each of the {@code lines} rows of {@code rf} into {@code out} (same layout). */
    public void envelope(float[] rf, int lines, int samples, float[] out) {
        int n = paddedLength(samples);
        ThreadLocal<HilbertTransform> plans = ThreadLocal.withInitial(() -> new HilbertTransform(n));
        IntStream.range(0, lines).parallel().forEach(l -> {
            double[] h = new double[samples];
            plans.get().transform(rf, l * samples, samples, h);
            for (int k = 0; k < samples; k++) {
                double x = rf[l * samples + k];
                out[l * samples + k] = (float) Math.sqrt(x * x + h[k] * h[k]);
            }
        });
    }

    /**
     * The envelopes of a signal, of a noise and of their sum (the RF), line by line: the Hilbert transform is
     * linear, so H{signal + noise} = H{signal} + H{noise} and two transforms serve three envelopes.
     */
    public void envelopes(float[] signal, float[] noise, int lines, int samples, float[] rfOut, float[] signalOut,
                          float[] noiseOut) {
        int n = paddedLength(samples);
        ThreadLocal<HilbertTransform> plans = ThreadLocal.withInitial(() -> new HilbertTransform(n));
        IntStream.range(0, lines).parallel().forEach(l -> {
            int offset = l * samples;
            double[] hs = new double[samples], hq = new double[samples];
            plans.get().transform(signal, offset, samples, hs);
            plans.get().transform(noise, offset, samples, hq);
            for (int k = 0; k < samples; k++) {
                double s = signal[offset + k], q = noise[offset + k], x = s + q, h = hs[k] + hq[k];
                signalOut[offset + k] = (float) Math.sqrt(s * s + hs[k] * hs[k]);
                noiseOut[offset + k] = (float) Math.sqrt(q * q + hq[k] * hq[k]);
                rfOut[offset + k] = (float) Math.sqrt(x * x + h * h);
            }
        });
    }

    /** The transform length: the smallest power of two ≥ 2·samples − 1 (no circular wrap onto the line). */
    static int paddedLength(int samples) {
        return Integer.highestOneBit(Math.max(1, 2 * samples - 1)) << 1;
    }
}
