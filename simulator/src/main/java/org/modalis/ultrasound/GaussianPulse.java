package org.modalis.ultrasound;

/**
 * The two-way (pulse-echo) impulse response: a Gaussian-enveloped tone, p(t) = exp(−t²/2σ_t²)·cos(2πf_c t),
 * whose amplitude spectrum is a Gaussian of standard deviation σ_f = B·f₀/(2√(2 ln 2)) (B = −6 dB fractional
 * bandwidth) and σ_t = 1/(2πσ_f).
 *
 * <p>Attenuation that grows linearly with frequency, exp(−2A₀ − β(f − f₀)) with β = 2∫∂α/∂f ds the round-trip
 * slope, multiplies a Gaussian spectrum into another Gaussian of the same width, centred lower at
 * f_c = f₀ − β·σ_f² and scaled by exp(−2A₀ + β²σ_f²/2) (complete the square; Kuc, IEEE Trans. ASSP 32 (1984) 1;
 * Narayana &amp; Ophir, Ultrason. Imaging 5 (1983) 17). So deep echoes are weaker, lower-pitched and — because
 * the width is unchanged — just as short.
 *
 * @param centreFrequencyHz   f₀ [Hz]
 * @param fractionalBandwidth −6 dB two-way bandwidth over f₀
 */
public record GaussianPulse(double centreFrequencyHz, double fractionalBandwidth) {

    /** Envelope half-length in σ_t beyond which the pulse is dropped: exp(−4.5) = 1.1 % (−39 dB). */
    public static final double HALF_LENGTH_SIGMAS = 3;

    /** Spectral standard deviation σ_f [Hz]. */
    public double sigmaF() {
        return fractionalBandwidth * centreFrequencyHz / (2 * Math.sqrt(2 * Math.log(2)));
    }

    /** Envelope standard deviation σ_t [s]. */
    public double sigmaT() {
        return 1 / (2 * Math.PI * sigmaF());
    }

    /** −6 dB (half-amplitude) duration of the envelope [s]: 2√(2 ln 2)·σ_t. */
    public double envelopeFwhm() {
        return 2 * Math.sqrt(2 * Math.log(2)) * sigmaT();
    }

    /** Centre frequency [Hz] after a round-trip attenuation slope β [Np/Hz]; never below a tenth of f₀. */
    public double shiftedCentre(double roundTripSlope) {
        return Math.max(0.1 * centreFrequencyHz, centreFrequencyHz - roundTripSlope * sigmaF() * sigmaF());
    }

    /** Amplitude factor exp(−A + β²σ_f²/2) for round-trip attenuation A [Np] at f₀ and slope β [Np/Hz]. */
    public double attenuationFactor(double roundTripNepers, double roundTripSlope) {
        double shift = roundTripSlope * sigmaF();
        double exponent = -roundTripNepers + 0.5 * shift * shift;
        // Past the point where the centre would fall below f₀/10 the completed square no longer applies; the
        // echo is buried under the noise long before (A > 30 Np), so cap the exponent at the plain loss.
        return Math.exp(Math.min(exponent, -roundTripNepers * 0.5));
    }
}
