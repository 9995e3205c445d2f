package org.modalis.xray;

/**
 * Object motion during one exposure: the object moves along x at {@code velocityMPerS} for the exposure time, so
 * the detector integrates its shadow over a displacement v·t (magnified by SID/SOD in the image). Sampled by
 * {@code steps} equally weighted positions centred on the nominal one (midpoint rule over the exposure), whose
 * means and second moments are averaged (the noise is drawn once, afterwards: the photons are the same).
 *
 * @param velocityMPerS object velocity along x [m/s], −1 … 1
 * @param exposureS     exposure time [s], 0 … 10 (0: no blur)
 */
public record MotionBlur(double velocityMPerS, double exposureS) {

    /** No motion. */
    public static final MotionBlur NONE = new MotionBlur(0, 0);

    public MotionBlur {
        if (!(velocityMPerS >= -1 && velocityMPerS <= 1)) {
            throw new IllegalArgumentException("motion must be in [-1000, 1000] mm/s, got " + velocityMPerS * 1e3);
        }
        if (!(exposureS >= 0 && exposureS <= 10)) {
            throw new IllegalArgumentException("exposure time must be in [0, 10000] ms, got " + exposureS * 1e3);
        }
    }

    /** Displacement during the exposure [m]. */
    public double displacementM() {
        return Math.abs(velocityMPerS * exposureS);
    }

    /** Positions sampled: one per half detector pixel of magnified displacement, 1 … 64. */
    public int steps(ProjectionGeometry g) {
        return (int) Math.min(64, Math.max(1, Math.ceil(2 * displacementM() * g.magnification() / g.pitchM()) + 1));
    }

    /** Offset [m] of step s of n: −d/2 … +d/2 at the midpoints of n equal time slices. */
    public double offsetM(int s, int n) {
        return velocityMPerS * exposureS * ((s + 0.5) / n - 0.5);
    }
}
