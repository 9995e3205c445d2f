package org.modalis.phantom;

/**
 * Scratch arrays for one ray through an {@link AnalyticPhantom}: the intervals of the regions hit and the
 * sorted breakpoints. One per thread, reused for every ray, so the hot path allocates nothing. Not thread
 * safe by design.
 */
public final class RayWorkspace {

    final double[] interval = new double[2];
    final int[] hitRegion;
    final double[] tIn;
    final double[] tOut;
    final double[] breaks;

    /** Workspace for phantoms of up to {@code regions} regions. */
    public RayWorkspace(int regions) {
        hitRegion = new int[regions];
        tIn = new double[regions];
        tOut = new double[regions];
        breaks = new double[2 * regions];
    }

    int capacity() {
        return hitRegion.length;
    }
}
