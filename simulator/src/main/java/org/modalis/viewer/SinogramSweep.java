package org.modalis.viewer;

import org.modalis.ct.Sinogram;

/**
 * The sinogram as the scanner acquires it: views 0 … v−1 measured, the rest not yet (shown at the window's
 * lowest value, black). Scrolling v from 1 to the number of views replays the acquisition: each view adds one
 * row, and a point of the object traces its sine curve.
 */
public final class SinogramSweep {

    private SinogramSweep() {
    }

    /**
     * Copies the first {@code acquiredViews} rows of the sinogram into {@code out} (views × bins, view
     * fastest-varying rows) and fills the remaining rows with {@code unmeasured}.
     */
    public static void upTo(Sinogram sinogram, int acquiredViews, float unmeasured, float[] out) {
        int views = sinogram.geometry().views();
        int bins = sinogram.geometry().bins();
        if (acquiredViews < 0 || acquiredViews > views) {
            throw new IllegalArgumentException("acquired views must lie in [0, " + views + "], got " + acquiredViews);
        }
        if (out.length != views * bins) {
            throw new IllegalArgumentException("output must hold " + views + "×" + bins + " values, got " + out.length);
        }
        int n = acquiredViews * bins;
        System.arraycopy(sinogram.data(), 0, out, 0, n);
        java.util.Arrays.fill(out, n, out.length, unmeasured);
    }
}
