package org.modalis.ultrasound;

/**
 * Plane-wave compounding: instead of one focused transmit per line, the whole array fires {@code count} unfocused
 * plane waves steered evenly over ±span/2, every line is beamformed from each, and the lines are summed coherently
 * (Montaldo et al., IEEE Trans. UFFC 56 (2009) 489). One plane wave images the whole frame at once with no transmit
 * focus; n angles over ±α synthesise a transmit focus at every depth, roughly that of F# = 1/(2·tan α).
 *
 * @param count angles fired (0: focused lines, the default)
 * @param span  full angular span [rad] (0 with one angle)
 */
public record PlaneWaves(int count, double span) {

    /** Focused lines, one transmit per line. */
    public static final PlaneWaves NONE = new PlaneWaves(0, 0);
    /** Widest span [rad]: ±20°, beyond which a linear array's grating lobes and element directivity dominate. */
    static final double MAX_SPAN = Math.toRadians(40);

    public PlaneWaves {
        if (count < 0 || count > 64) {
            throw new IllegalArgumentException("plane waves must be in [0, 64], got " + count);
        }
        if (!(span >= 0 && span <= MAX_SPAN)) {
            throw new IllegalArgumentException("plane-wave span must be in [0, 40] deg, got " + Math.toDegrees(span) + " deg");
        }
    }

    /** Whether the frame is made of plane waves. */
    public boolean active() {
        return count > 0;
    }

    /** Angle i [rad] of {@link #count}: evenly over [−span/2, span/2], 0 for a single wave. */
    double angle(int i) {
        return count == 1 ? 0 : -span / 2 + span * i / (count - 1);
    }
}
