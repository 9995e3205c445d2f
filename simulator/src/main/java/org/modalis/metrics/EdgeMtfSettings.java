package org.modalis.metrics;

/**
 * Parameters of the circular-edge MTF ({@link EdgeMtf}).
 *
 * @param binWidthPixels     radial bin width of the oversampled edge-spread function, in pixels (0.01–0.5;
 *                           0.1 is usual: ten bins per pixel)
 * @param halfRangePixels    the ESF spans radius ± this many pixels (≥ 3); it must hold the whole line-spread
 *                           function, and must not exceed the insert radius
 * @param taperFraction      outer fraction of the half range (0–1) over which a Tukey (cosine) taper takes
 *                           the LSF to zero, suppressing noise in the tails without touching the core
 * @param maxFrequencyPixels the curve runs from 0 to this many cycles per pixel (0.5 = Nyquist; up to 2,
 *                           since the oversampled ESF measures the presampled MTF beyond Nyquist);
 *                           bin width × max frequency ≤ 0.5
 * @param points             number of curve points (≥ 2)
 */
public record EdgeMtfSettings(double binWidthPixels, double halfRangePixels, double taperFraction,
                              double maxFrequencyPixels, int points) {

    /** 0.1-pixel bins, ±12 pixels, outer half tapered, 0–1 cycle/pixel in 101 points. */
    public static final EdgeMtfSettings DEFAULT = new EdgeMtfSettings(0.1, 12, 0.5, 1.0, 101);

    public EdgeMtfSettings {
        if (!(binWidthPixels >= 0.01 && binWidthPixels <= 0.5)) {
            throw new IllegalArgumentException("bin width must be 0.01–0.5 pixel, got " + binWidthPixels);
        }
        if (!(halfRangePixels >= 3) || !Double.isFinite(halfRangePixels)) {
            throw new IllegalArgumentException("half range must be ≥ 3 pixels, got " + halfRangePixels);
        }
        if (!(taperFraction >= 0 && taperFraction <= 1)) {
            throw new IllegalArgumentException("taper fraction must be 0–1, got " + taperFraction);
        }
        if (!(maxFrequencyPixels > 0 && maxFrequencyPixels <= 2)) {
            throw new IllegalArgumentException("max frequency must be in (0, 2] cycles/pixel, got "
                    + maxFrequencyPixels);
        }
        if (binWidthPixels * maxFrequencyPixels > 0.5) {
            // EdgeMtf divides by sinc²(f·h); keeping f·h ≤ ½ keeps that factor ≥ 0.41, far from its zero at 1.
            throw new IllegalArgumentException("bin width × max frequency must be ≤ 0.5 (cycles), got "
                    + binWidthPixels + " px × " + maxFrequencyPixels + " cycles/px");
        }
        if (points < 2) {
            throw new IllegalArgumentException("curve needs ≥ 2 points, got " + points);
        }
    }
}
