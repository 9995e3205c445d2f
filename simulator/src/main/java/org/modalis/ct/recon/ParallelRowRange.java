package org.modalis.ct.recon;

/**
 * The pixels of one image row that a parallel view can see: with padded sample position p(i) = base + i·dp
 * (bin k's centre at p = k + PAD in a row of {@code stride} = bins + 2·PAD values), only p ∈ [1, bins + 2)
 * touches detector data. The range returned covers p ∈ [0.5, bins + 2.5], half a sample wider on each side
 * than needed (so float rounding of p never drops a contributing pixel), and stays inside the safe
 * interval p ∈ [0, bins + 3) where k = (int) p and k + 1 index the padded row; outside it every
 * interpolation would read the zero padding anyway, so skipping those pixels changes nothing.
 */
final class ParallelRowRange {

    private ParallelRowRange() {
    }

    /** [i0, i1) packed as (i0 &lt;&lt; 32) | i1, clipped to [0, nx). */
    static long of(float base, float dp, int stride, int nx) {
        double lo = 0.5;
        double hi = stride - 1.5;
        double i0;
        double i1;
        if (dp > 0) {
            i0 = Math.ceil((lo - base) / dp);
            i1 = Math.floor((hi - base) / dp) + 1;
        } else if (dp < 0) {
            i0 = Math.ceil((hi - base) / dp);
            i1 = Math.floor((lo - base) / dp) + 1;
        } else {
            boolean inside = base >= lo && base <= hi;
            i0 = 0;
            i1 = inside ? nx : 0;
        }
        int a = (int) Math.max(0, Math.min(nx, i0));
        int b = (int) Math.max(a, Math.min(nx, i1));
        return ((long) a << 32) | b;
    }
}
