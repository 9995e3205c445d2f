package org.modalis.ultrasound.doppler;

/**
 * Angle-corrected velocities measured from a Doppler signal.
 *
 * @param meanVelocity mean velocity [m/s] (power-weighted over the sample volume)
 * @param peakVelocity peak velocity [m/s]: the 95th power percentile of the spectrum; NaN for the autocorrelation
 *        estimator, which measures only the spectrum's first two moments
 * @param spreadVelocity standard deviation of the velocity spectrum [m/s]
 * @param method how it was measured
 */
public record VelocityEstimate(double meanVelocity, double peakVelocity, double spreadVelocity, Method method) {

    /** Fraction of the spectral power below the reported peak velocity. */
    public static final double PEAK_PERCENTILE = 0.95;

    /** The estimator used. */
    public enum Method {
        /** Moments of the time-averaged spectrogram. */
        SPECTRAL,
        /** Lag-one autocorrelation (Kasai), as colour flow does. */
        AUTOCORRELATION
    }

    /** Mean, 95th-percentile peak and spread of the time-averaged spectrum of {@code s}. */
    public static VelocityEstimate fromSpectrum(Spectrogram s) {
        double[] avg = s.averageSpectrum();
        double mean = s.meanVelocity(avg);
        double sum = 0;
        double second = 0;
        for (int j = 0; j < s.bins(); j++) {
            double d = s.velocity(j) - mean;
            sum += avg[j];
            second += avg[j] * d * d;
        }
        return new VelocityEstimate(mean, s.percentileVelocity(avg, PEAK_PERCENTILE), Math.sqrt(second / sum),
                Method.SPECTRAL);
    }

    /** Mean and spread by the Kasai estimator over the whole signal. */
    public static VelocityEstimate fromAutocorrelation(SlowTimeSignal signal) {
        AutocorrelationEstimate a = AutocorrelationEstimate.of(signal);
        DopplerScale scale = signal.scale();
        return new VelocityEstimate(scale.velocity(a.meanFrequencyHz()), Double.NaN,
                Math.abs(scale.velocity(Math.sqrt(a.varianceHz2()))), Method.AUTOCORRELATION);
    }
}
