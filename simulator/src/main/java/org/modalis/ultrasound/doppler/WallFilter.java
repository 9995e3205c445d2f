package org.modalis.ultrasound.doppler;

/**
 * A high-pass filter on slow time that removes the strong, slowly varying echo of tissue (clutter) while passing
 * blood flow above its cutoff. Works on interleaved complex samples.
 */
public sealed interface WallFilter permits FirWallFilter, RegressionWallFilter, WallFilter.Off {

    /** Number of output samples for {@code inputLength} input samples. */
    int outputLength(int inputLength);

    /** Filters {@code in} (interleaved, n complex samples) into {@code out} ({@link #outputLength}(n) samples). */
    void apply(float[] in, float[] out);

    /** Convenience: the filtered signal; a shorter (centred) output starts correspondingly later. */
    default SlowTimeSignal filter(SlowTimeSignal s) {
        int n = outputLength(s.length());
        float[] out = new float[2 * n];
        apply(s.iq(), out);
        return s.withIq(out, (s.length() - n) / 2);
    }

    /** The wall filter a PW protocol asks for: FIR at its cutoff, or none when the cutoff is 0. */
    static WallFilter of(DopplerProtocol p) {
        return p.wallFilterCutoffHz() == 0 ? new Off() : FirWallFilter.design(p.wallFilterCutoffHz(), p.prfHz());
    }

    /** No filtering: the output is the input. */
    record Off() implements WallFilter {
        @Override public int outputLength(int inputLength) {
            return inputLength;
        }

        @Override public void apply(float[] in, float[] out) {
            System.arraycopy(in, 0, out, 0, in.length);
        }
    }
}
