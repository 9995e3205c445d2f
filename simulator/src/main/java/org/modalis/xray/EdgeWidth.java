package org.modalis.xray;

/**
 * The 10–90 % rise distance of an edge in a 1-D profile, the usual width measure of an edge-spread function:
 * around the steepest step of the profile, the distance between the points where it crosses 10 % and 90 % of the
 * way between the plateaus on either side (found by walking out while the profile keeps its direction; flat stretches included), with linear
 * interpolation between samples.
 */
public final class EdgeWidth {

    private EdgeWidth() {
    }

    /** Width in pixels of the steepest edge on the central row of a cols × rows image; 0 if the row is flat. */
    public static double centralRow(float[] image, int cols, int rows) {
        double[] p = new double[cols];
        for (int i = 0; i < cols; i++) {
            p[i] = image[(rows / 2) * cols + i];
        }
        return width(p);
    }

    /** Width in samples of the steepest edge of {@code p}; 0 if there is none. */
    public static double width(double[] p) {
        int n = p.length, steep = -1;
        double best = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (Math.abs(p[i + 1] - p[i]) > best) {
                best = Math.abs(p[i + 1] - p[i]);
                steep = i;
            }
        }
        if (steep < 0 || best < 1e-9) {
            return 0;
        }
        double sign = Math.signum(p[steep + 1] - p[steep]);
        int lo = steep, hi = steep + 1;
        while (lo > 0 && sign * (p[lo] - p[lo - 1]) >= 0) {
            lo--;
        }
        while (hi + 1 < n && sign * (p[hi + 1] - p[hi]) >= 0) {
            hi++;
        }
        double a = p[lo], b = p[hi];
        return crossing(p, lo, hi, a + 0.9 * (b - a)) - crossing(p, lo, hi, a + 0.1 * (b - a));
    }

    /** Position (fractional index) where the monotonic stretch p[lo..hi] first crosses level v. */
    private static double crossing(double[] p, int lo, int hi, double v) {
        for (int i = lo; i < hi; i++) {
            if ((p[i] - v) * (p[i + 1] - v) <= 0 && p[i + 1] != p[i]) {
                return i + (v - p[i]) / (p[i + 1] - p[i]);
            }
        }
        return hi;
    }
}
