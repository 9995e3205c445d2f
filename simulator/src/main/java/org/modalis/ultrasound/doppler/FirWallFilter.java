package org.modalis.ultrasound.doppler;

/**
 * Linear-phase FIR high-pass wall filter for continuous (PW) slow time: δ minus a Blackman-windowed sinc low-pass
 * whose taps are normalised to sum to one, so the response at 0 Hz is exactly zero (perfectly stationary tissue
 * is removed to rounding). The cutoff is the −6 dB point; the Blackman window gives a transition band of width
 * ≈ 5.5·PRF/N and ≥ 74 dB stop-band attenuation (Oppenheim &amp; Schafer, <i>Discrete-Time Signal Processing</i>,
 * 3rd ed., §7.5, Table 7.2). N is chosen so the transition width equals the cutoff: slow wall motion below
 * cutoff/2 is suppressed by the full stop-band attenuation, flow above 1.5·cutoff passes unchanged.
 * The filter is centred (zero delay); the first and last (N − 1)/2 pulses, where it would run off the record,
 * are dropped.
 *
 * @param taps the impulse response h[m], m = 0…N − 1 (N odd)
 * @param cutoffHz −6 dB cutoff [Hz]
 */
public record FirWallFilter(double[] taps, double cutoffHz) implements WallFilter {

    /** Blackman transition-width constant (Oppenheim &amp; Schafer Table 7.2: Δω = 11π/N, i.e. 5.5/N cycles). */
    private static final double BLACKMAN_WIDTH = 5.5;

    public FirWallFilter {
        if (taps.length % 2 == 0) {
            throw new IllegalArgumentException("FIR wall filter needs an odd number of taps, got " + taps.length);
        }
    }

    /** Designs the high-pass for {@code cutoffHz} at {@code prfHz}. */
    public static FirWallFilter design(double cutoffHz, double prfHz) {
        if (!(cutoffHz > 0 && cutoffHz <= prfHz / 4)) {
            throw new IllegalArgumentException("wall filter cutoff must be in (0, PRF/4 = " + prfHz / 4 + "] Hz, got " + cutoffHz);
        }
        int n = length(cutoffHz, prfHz);
        int m = n / 2;
        double fc = cutoffHz / prfHz;
        double[] lowPass = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int k = i - m;
            double sinc = k == 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * k) / (Math.PI * k);
            double w = 0.42 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1)) + 0.08 * Math.cos(4 * Math.PI * i / (n - 1));
            lowPass[i] = sinc * w;
            sum += lowPass[i];
        }
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = (i == m ? 1 : 0) - lowPass[i] / sum;
        }
        return new FirWallFilter(h, cutoffHz);
    }

    /** Number of taps N (odd) for a transition band as wide as the cutoff: ⌈5.5·PRF/f_c⌉, rounded up to odd. */
    public static int length(double cutoffHz, double prfHz) {
        return (int) Math.ceil(BLACKMAN_WIDTH * prfHz / cutoffHz) | 1;
    }

    @Override public int outputLength(int inputLength) {
        int out = inputLength - (taps.length - 1);
        if (out < 1) {
            throw new IllegalArgumentException("the wall filter needs more than " + taps.length + " pulses, got " + inputLength);
        }
        return out;
    }

    @Override public void apply(float[] in, float[] out) {
        int nOut = outputLength(in.length / 2);
        int n = taps.length;
        for (int i = 0; i < nOut; i++) {
            double re = 0;
            double im = 0;
            for (int k = 0; k < n; k++) {
                // y[i] = Σ h[k]·x[i + N − 1 − k]: the convolution, evaluated only where it is fully inside the record
                int src = 2 * (i + n - 1 - k);
                re += taps[k] * in[src];
                im += taps[k] * in[src + 1];
            }
            out[2 * i] = (float) re;
            out[2 * i + 1] = (float) im;
        }
    }

    /** |H(f)|, the magnitude response at {@code fHz} for pulse repetition frequency {@code prfHz}. */
    public double gain(double fHz, double prfHz) {
        double re = 0;
        double im = 0;
        for (int k = 0; k < taps.length; k++) {
            double w = -2 * Math.PI * fHz / prfHz * k;
            re += taps[k] * Math.cos(w);
            im += taps[k] * Math.sin(w);
        }
        return Math.hypot(re, im);
    }
}
