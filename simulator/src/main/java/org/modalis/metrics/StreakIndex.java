package org.modalis.metrics;

import org.modalis.image.Image;

/**
 * Streak index: the sample standard deviation of the error image (image − truth) within a region, in the
 * image's unit. Against a truth image it measures structured error objectively: streaks from view
 * aliasing, metal or photon starvation raise it, while a uniform offset (calibration, cupping's mean) does
 * not, since the mean error is removed; the error's mean is reported by {@link ErrorStatistics} as bias.
 * Noise adds in quadrature (σ_index² = σ_streak² + σ_noise²), so compare noise-free runs, or subtract the
 * noise variance measured in a streak-free region.
 */
public final class StreakIndex {

    private StreakIndex() {
    }

    /** The streak index of slice 0 within {@code region}. */
    public static Metric measure(Image image, Image truth, Roi region) {
        if (!image.grid().equals(truth.grid())) {
            throw new IllegalArgumentException("truth grid " + truth.grid() + " differs from image grid "
                    + image.grid());
        }
        int[] idx = region.indices(image.grid(), 0);
        if (idx.length == 0) {
            throw RoiStatistics.emptyRoi(region, image.grid());
        }
        if (idx.length == 1) {
            throw new org.modalis.UserInputException("ROI (" + region.describe() + ") holds a single pixel: a"
                    + " standard deviation needs at least 2");
        }
        float[] err = new float[idx.length];
        int[] seq = new int[idx.length];
        for (int q = 0; q < idx.length; q++) {
            err[q] = image.data()[idx[q]] - truth.data()[idx[q]];
            seq[q] = q;
        }
        RoiStatistics s = RoiStatistics.of(err, seq);
        return new Metric("streak index", s.standardDeviation(), image.unit(),
                "sample σ of (image − truth) in " + region.describe() + " (" + s.count() + " px)");
    }
}
