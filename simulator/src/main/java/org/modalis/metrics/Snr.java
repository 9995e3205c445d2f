package org.modalis.metrics;

import org.modalis.image.Image;

/**
 * Signal-to-noise ratio SNR = mean / σ in one ROI (σ the sample standard deviation). Meaningful for
 * quantities with a physical zero (attenuation, MR magnitude, counts), not for CT numbers, whose zero is
 * water by definition; the MR magnitude in a low-SNR region is Rician-biased (REFERENCES.md).
 */
public final class Snr {

    private Snr() {
    }

    /** Measures SNR on slice 0 of {@code image}. */
    public static Metric measure(Image image, Roi roi) {
        RoiStatistics s = RoiStatistics.measure(image, roi);
        if (!(s.standardDeviation() > 0)) {
            throw new IllegalArgumentException("ROI has no noise (σ = " + s.standardDeviation() + "): SNR undefined");
        }
        return new Metric("SNR", s.mean() / s.standardDeviation(), "1",
                "mean / sample σ in " + roi.describe() + " (" + s.count() + " px)");
    }
}
