package org.modalis.ultrasound;

import java.util.List;

/**
 * Multi-zone transmit focusing, as scanners offer it: every line is fired once per transmit focus and the
 * beamformed lines are stitched in depth, each zone taken from the firing focused in it — from the midpoint between
 * its focus and the one above to the midpoint with the one below, blended linearly over ±{@value #BLEND_MM} mm
 * around each midpoint so the seam does not show as a step. The lateral resolution near every focus is the focused
 * line's; the frame takes as many firings as there are zones (its frame rate divides by their number). The
 * electronic noise is one draw: each zone's would be independent and statistically the same.
 */
public final class FocalZones {

    /** Half-width [mm] of the blend around each zone boundary. */
    static final double BLEND_MM = 1;
    /** Most zones a frame may have. */
    static final int MAX_ZONES = 8;

    private FocalZones() {
    }

    /** Closest two foci may be [mm]: their zones must be wider than the blends at their two boundaries. */
    static final double MIN_SPACING_MM = 4 * BLEND_MM;

    /**
     * Checks a list of foci [m]: at most {@value #MAX_ZONES}, each in (0, 300] mm, ascending at least
     * {@value #MIN_SPACING_MM} mm apart.
     */
    public static void check(List<Double> foci) {
        if (foci.size() > MAX_ZONES) {
            throw new IllegalArgumentException("at most " + MAX_ZONES + " focal zones, got " + foci.size());
        }
        for (int i = 0; i < foci.size(); i++) {
            double f = foci.get(i);
            if (!(f > 0 && f <= 0.3)) {
                throw new IllegalArgumentException("focal zone " + (i + 1) + " must be in (0, 300] mm, got " + f * 1e3 + " mm");
            }
            if (i > 0 && !(f - foci.get(i - 1) >= MIN_SPACING_MM * 1e-3 - 1e-12)) {
                throw new IllegalArgumentException("focal zones must be listed shallowest first, each at least "
                        + MIN_SPACING_MM + " mm deeper than the last: got " + foci.get(i - 1) * 1e3 + " then " + f * 1e3
                        + " mm");
            }
        }
    }

    /**
     * Zone i's weight at range r [m] among the ascending foci: 1 inside its zone, blending linearly to 0 over
     * ±{@value #BLEND_MM} mm about each boundary; the weights at any r sum to 1.
     */
    static double weight(List<Double> foci, int i, double r) {
        double blend = BLEND_MM * 1e-3;
        double rise = i == 0 ? 1 : ramp(r, 0.5 * (foci.get(i - 1) + foci.get(i)), blend);
        double fall = i == foci.size() - 1 ? 1 : 1 - ramp(r, 0.5 * (foci.get(i) + foci.get(i + 1)), blend);
        return Math.min(rise, fall);
    }

    /** 0 below b − h, 1 above b + h, linear between. */
    private static double ramp(double r, double b, double h) {
        return Math.max(0, Math.min(1, (r - b + h) / (2 * h)));
    }

    /**
     * Stitches the zones' beamformed lines ({@code zones[i]}: lines × samples, focus i) into {@code out}; sample k
     * of every line lies at range c·k/(2fs) ({@code metresPerSample}).
     */
    static void stitch(List<Double> foci, float[][] zones, int samples, double metresPerSample, float[] out) {
        double[] w = new double[foci.size()];
        for (int k = 0; k < samples; k++) {
            for (int i = 0; i < w.length; i++) {
                w[i] = weight(foci, i, k * metresPerSample);
            }
            for (int at = k; at < out.length; at += samples) {
                double v = 0;
                for (int i = 0; i < w.length; i++) {
                    if (w[i] > 0) {
                        v += w[i] * zones[i][at];
                    }
                }
                out[at] = (float) v;
            }
        }
    }
}
