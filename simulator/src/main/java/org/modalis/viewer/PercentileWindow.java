package org.modalis.viewer;

import java.util.Arrays;
import org.modalis.image.Window;

/**
 * The window spanning a percentile range of an image's values: the "auto" window of images in arbitrary
 * units (MR magnitude), where no fixed scale like HU exists. Clipping the top 0.5 % keeps a few bright
 * pixels (fat, Gibbs overshoot) from darkening the rest, as scanner consoles' auto-windowing does.
 */
public final class PercentileWindow {

    private PercentileWindow() {
    }

    /** The window from the {@code lo} to the {@code hi} percentile (0 … 100) of {@code data}. */
    public static Window of(float[] data, double lo, double hi) {
        if (!(lo >= 0 && lo < hi && hi <= 100) || data.length == 0) {
            throw new IllegalArgumentException("percentiles need 0 <= lo < hi <= 100 and data, got " + lo + ", " + hi);
        }
        float[] sorted = data.clone();
        Arrays.sort(sorted);
        double a = at(sorted, lo);
        double b = at(sorted, hi);
        return Window.ofRange(a, b > a ? b : a + Math.max(1e-12, Math.abs(a) * 1e-6));
    }

    /** Linear interpolation between order statistics (NumPy's default "linear" method). */
    private static double at(float[] sorted, double percentile) {
        double pos = percentile / 100 * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }
}
