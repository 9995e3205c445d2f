package org.modalis.metrics;

import org.modalis.image.Image;

/**
 * Contrast-to-noise ratio CNR = |mean(object) − mean(background)| / σ(background), σ the sample standard
 * deviation in the background ROI: the usual CT QA form (AAPM TG-233, Samei et al.,
 * Med. Phys. 46:e735, 2019) for a low-contrast insert in a uniform background; it takes the noise from the
 * background alone, so an insert with different noise (e.g. a dense, photon-starved one) does not change
 * the denominator. Alternatives (pooled σ of both ROIs) are not used.
 */
public final class Cnr {

    private Cnr() {
    }

    /** The CNR from the two ROIs' statistics. */
    public static double of(RoiStatistics object, RoiStatistics background) {
        if (!(background.standardDeviation() > 0)) {
            throw new IllegalArgumentException("background has no noise (σ = " + background.standardDeviation()
                    + "): CNR undefined");
        }
        return Math.abs(object.mean() - background.mean()) / background.standardDeviation();
    }

    /** Measures CNR on slice 0 of {@code image}. */
    public static Metric measure(Image image, Roi object, Roi background) {
        RoiStatistics o = RoiStatistics.measure(image, object);
        RoiStatistics b = RoiStatistics.measure(image, background);
        return new Metric("CNR", of(o, b), "1", "|mean(object) − mean(background)| / sample σ(background);"
                + " object " + object.describe() + " (" + o.count() + " px), background " + background.describe()
                + " (" + b.count() + " px)");
    }
}
