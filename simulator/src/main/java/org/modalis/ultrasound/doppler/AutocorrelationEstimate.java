package org.modalis.ultrasound.doppler;

/**
 * The lag-one autocorrelation (Kasai) estimate over an ensemble x[0…N−1] sampled at the PRF
 * (Kasai et al., IEEE Trans. Sonics Ultrason. 32 (1985) 458): with R(0) = Σ|x[n]|²/N and
 * R(1) = Σ x[n+1]·x*[n]/(N − 1), the mean Doppler frequency is f̄ = arg R(1)·PRF/(2π) — the circular mean of the
 * power spectrum, so it aliases by itself beyond ±PRF/2 — and the spectral variance
 * σ_f² = (PRF²/(2π²))·(1 − |R(1)|/R(0)).
 *
 * @param meanFrequencyHz f̄ [Hz]
 * @param varianceHz2 σ_f² [Hz²]
 * @param power R(0), the mean power
 */
public record AutocorrelationEstimate(double meanFrequencyHz, double varianceHz2, double power) {

    /** The estimate over complex samples {@code from … from + count − 1} of interleaved {@code iq}. */
    public static AutocorrelationEstimate of(float[] iq, int from, int count, double prfHz) {
        if (count < 2) {
            throw new IllegalArgumentException("the autocorrelation needs at least 2 samples, got " + count);
        }
        double r0 = 0;
        double r1re = 0;
        double r1im = 0;
        for (int n = from; n < from + count; n++) {
            double re = iq[2 * n];
            double im = iq[2 * n + 1];
            r0 += re * re + im * im;
            if (n + 1 < from + count) {
                double re1 = iq[2 * n + 2];
                double im1 = iq[2 * n + 3];
                r1re += re1 * re + im1 * im; // x[n+1]·conj(x[n])
                r1im += im1 * re - re1 * im;
            }
        }
        r0 /= count;
        r1re /= count - 1;
        r1im /= count - 1;
        double mean = Math.atan2(r1im, r1re) * prfHz / (2 * Math.PI);
        double ratio = r0 > 0 ? Math.min(1, Math.hypot(r1re, r1im) / r0) : 0;
        double variance = prfHz * prfHz / (2 * Math.PI * Math.PI) * (1 - ratio);
        return new AutocorrelationEstimate(mean, variance, r0);
    }

    /** The estimate over a whole slow-time signal. */
    public static AutocorrelationEstimate of(SlowTimeSignal s) {
        return of(s.iq(), 0, s.length(), s.prfHz());
    }
}
