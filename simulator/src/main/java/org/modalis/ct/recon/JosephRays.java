package org.modalis.ct.recon;

import org.modalis.ct.CtGeometry;
import org.modalis.image.Grid;
import org.modalis.phantom.Ray;

/**
 * The per-ray inputs of Joseph's forward projector, built once in double precision and rounded to float,
 * consumed unchanged by the CPU twin {@link JosephProjector} and the GL twin
 * {@code gpu.ct.GlJosephProjector}, so that both follow the same discretization by construction.
 *
 * <p>Joseph (1982), IEEE Trans. Med. Imaging 1:192: a ray with unit direction (uₓ, u_y) that is mostly
 * vertical (|u_y| ≥ |uₓ|) is sampled on every image row j, at the point where it crosses the row's centre
 * line y_j; there the image is interpolated linearly between the two nearest column centres (zero outside
 * the image), and each sample stands for a path length dy/|u_y|. A mostly horizontal ray is sampled on the
 * columns likewise, with dx/|uₓ|. At step k the fractional index across is q_k = q₀ + k·slope (index i
 * at the centre of column i), so per ray only q₀, slope and the length per step are needed, plus the steps
 * [k₀, k₁) where q_k ∈ (−1, n) (elsewhere both neighbours are outside and the sample is 0). The line is
 * integrated over its whole length, as {@link Ray} prescribes: source and detector lie outside the object.
 *
 * @param line  per ray (view-major, bins fastest): q₀, slope, length per step [m] — 3 floats
 * @param span  per ray: axis (0 = step over rows, 1 = over columns), k₀, k₁ — 3 ints
 * @param views views of the geometry
 * @param bins  bins of the geometry
 * @param nx    image columns
 * @param ny    image rows
 */
public record JosephRays(float[] line, int[] span, int views, int bins, int nx, int ny) {

    /** Axis code: the ray steps over rows (mostly vertical). */
    public static final int ROWS = 0;
    /** Axis code: the ray steps over columns (mostly horizontal). */
    public static final int COLUMNS = 1;

    /** The rays through the bin centres of every view, on the (x, y) layout of {@code grid}. */
    public static JosephRays of(CtGeometry g, Grid grid) {
        int rays = Math.multiplyExact(g.views(), g.bins());
        float[] line = new float[3 * rays];
        int[] span = new int[3 * rays];
        for (int v = 0; v < g.views(); v++) {
            for (int b = 0; b < g.bins(); b++) {
                int r = v * g.bins() + b;
                describe(g.ray(v, g.binCentre(b)), grid, line, span, r);
            }
        }
        return new JosephRays(line, span, g.views(), g.bins(), grid.nx(), grid.ny());
    }

    /** Fills entry r: stepping axis, q₀, slope, step length and the useful step range. */
    private static void describe(Ray ray, Grid grid, float[] line, int[] span, int r) {
        boolean rows = Math.abs(ray.uy()) >= Math.abs(ray.ux());
        // Along the stepping axis s (y for rows), across it c (x for rows); centres s_k = s(0) + k·ds.
        double ds = rows ? grid.dy() : grid.dx();
        double dc = rows ? grid.dx() : grid.dy();
        double s0 = rows ? grid.y(0) : grid.x(0);
        int steps = rows ? grid.ny() : grid.nx();
        int across = rows ? grid.nx() : grid.ny();
        double os = rows ? ray.oy() : ray.ox();
        double oc = rows ? ray.ox() : ray.oy();
        double us = rows ? ray.uy() : ray.ux();
        double uc = rows ? ray.ux() : ray.uy();
        // c at s_k: oc + (s_k − os)·uc/us; index across q = c/dc + n/2 − ½ (column centre i ↔ q = i).
        double q0 = (oc + (s0 - os) * uc / us) / dc + across / 2.0 - 0.5;
        double slope = ds * uc / (us * dc);
        long range = usefulSteps(q0, slope, steps, across);
        line[3 * r] = (float) q0;
        line[3 * r + 1] = (float) slope;
        line[3 * r + 2] = (float) (ds / Math.abs(us));
        span[3 * r] = rows ? ROWS : COLUMNS;
        span[3 * r + 1] = (int) (range >>> 32);
        span[3 * r + 2] = (int) range;
    }

    /**
     * Steps k ∈ [k₀, k₁) with q₀ + k·slope ∈ (−1, across), widened by one step on each side so that float
     * rounding of q never drops a contributing sample (the kernels check both neighbours anyway); packed
     * as (k₀ &lt;&lt; 32) | k₁, clipped to [0, steps).
     */
    static long usefulSteps(double q0, double slope, int steps, int across) {
        double lo;
        double hi;
        if (slope == 0) {
            boolean inside = q0 > -1 && q0 < across;
            lo = inside ? 0 : steps;
            hi = inside ? steps : 0;
        } else {
            double a = (-1 - q0) / slope;
            double b = (across - q0) / slope;
            lo = Math.floor(Math.min(a, b)) - 1;
            hi = Math.ceil(Math.max(a, b)) + 2;
        }
        int k0 = (int) Math.max(0, Math.min(steps, lo));
        int k1 = (int) Math.max(k0, Math.min(steps, hi));
        return ((long) k0 << 32) | k1;
    }
}
