package org.modalis.ct.recon;

/**
 * How FBP weights rays that a scan measures more than once (or, for a short scan, some once and some twice).
 */
public enum RedundancyWeighting {
    /**
     * The correct weights: Parker's smooth weights for a fan-beam short scan (Parker 1982), ½ for a
     * 360° fan scan, π/arc for a parallel scan over a multiple of π (1 for a limited-angle scan).
     */
    PARKER,
    /**
     * Every ray weighted π/arc (1 for a parallel arc below π): right for complete scans, visibly wrong for
     * a fan-beam short scan, where rays near one end of the arc are measured twice and others once.
     */
    UNIFORM
}
