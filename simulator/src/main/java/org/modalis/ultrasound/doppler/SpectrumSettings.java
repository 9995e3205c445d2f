package org.modalis.ultrasound.doppler;

/**
 * How the slow-time signal becomes a spectrogram.
 *
 * @param fftLength samples per window (the frequency resolution is PRF/fftLength)
 * @param hop samples between successive windows
 * @param baselineShift fraction β ∈ [−0.9, 0.9] of the Nyquist range moved from the negative to the positive
 *        side of the display: frequencies shown are [−(1 − β)·PRF/2, (1 + β)·PRF/2), as on a scanner's
 *        "baseline" control; aliased flow that stays within the shifted range is unwrapped
 */
public record SpectrumSettings(int fftLength, int hop, double baselineShift) {

    public SpectrumSettings {
        if (fftLength < 16 || fftLength > 4096) {
            throw new IllegalArgumentException("FFT length must be 16…4096 samples, got " + fftLength);
        }
        if (hop < 1 || hop > fftLength) {
            throw new IllegalArgumentException("hop must be 1…FFT length (" + fftLength + ") samples, got " + hop);
        }
        if (!(baselineShift >= -0.9 && baselineShift <= 0.9)) {
            throw new IllegalArgumentException("baseline shift must be −0.9…0.9 of the Nyquist range, got " + baselineShift);
        }
    }

    /** Windows of {@code fftLength} overlapping by three quarters, baseline in the middle. */
    public static SpectrumSettings of(int fftLength) {
        return new SpectrumSettings(fftLength, Math.max(1, fftLength / 4), 0);
    }

    public SpectrumSettings withBaselineShift(double beta) {
        return new SpectrumSettings(fftLength, hop, beta);
    }

    /** Bins the baseline moves: the lowest displayed bin is −fftLength/2 + this. */
    int shiftBins() {
        return (int) Math.round(baselineShift * fftLength / 2);
    }
}
