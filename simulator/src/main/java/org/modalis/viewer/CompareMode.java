package org.modalis.viewer;

/**
 * A/B comparison of the reconstruction: A is a result kept with "keep as A", B the current one. Flicker
 * alternates them (the eye catches a change between two frames better than side by side); split shows A on
 * the left half of the image and B on the right.
 */
public enum CompareMode {
    OFF, FLICKER, SPLIT;

    /** Flicker period [s]: each image shows for half of it. */
    static final double FLICKER_PERIOD_S = 1.0;

    /** In flicker mode, whether A is shown at time {@code t} [s]. */
    static boolean showsA(double t) {
        return (t % FLICKER_PERIOD_S) < FLICKER_PERIOD_S / 2;
    }
}
