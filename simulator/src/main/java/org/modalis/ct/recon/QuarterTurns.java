package org.modalis.ct.recon;

/**
 * The quarter-turn symmetry of a full fan-beam scan on a square grid centred on the isocentre: when the views
 * are spaced so that view v + V/4 is view v turned by 90°, pixel P seen from view v + k·V/4 has exactly the
 * source-frame coordinates (xr, yr) — hence the detector position and the distance weight — of pixel R^k(P)
 * seen from view v, R(x, y) = (y, −x) (with e_u = (cosβ, sinβ) and d₀ = (sinβ, −cosβ): P·e_u(β + π/2) =
 * R(P)·e_u(β) and P·d₀(β + π/2) = R(P)·d₀(β)). {@link CpuBackprojector} therefore evaluates the fan sampler
 * (a third of the fan-beam backprojection's time) for the first quarter of the views only and uses each
 * position and weight for four views.
 *
 * <p>Applies only where it holds to float precision: the view count a multiple of 4, every view's cos/sin equal
 * to its quarter-turn partner's rotated within 1e-6, the grid mapped onto itself by R (square, centred, equal
 * steps) and within half the source circle. Otherwise {@link #of} returns null and every view is sampled.
 */
final class QuarterTurns {

    private static final double ANGLE_TOLERANCE = 1e-6;
    private static final double INDEX_TOLERANCE = 1e-3;
    /**
     * Only grids within half the source circle: there a pixel's distance to the source is at least D/2, so the float
     * rounding of the turned coordinates (~1e-7 of |P|) moves the 1/L² weight by a comparable relative amount. Nearer
     * the source (a test geometry with the source inside the grid) the weight's relative error grows as |P|/L and
     * every view is sampled on its own, as the GL twin does.
     */
    private static final double MAX_RADIUS_OF_SOURCE_CIRCLE = 0.5;

    /** V/4. */
    final int quarter;
    /** For k = 1, 2, 3: per output pixel (row-major), the index of the pixel R^k(P) whose view-v sample it uses. */
    final int[][] source;

    private QuarterTurns(int quarter, int[][] source) {
        this.quarter = quarter;
        this.source = source;
    }

    /** The symmetry of views {@code views} of fan-beam tables {@code t} on an nx × ny grid, or null. */
    static QuarterTurns of(ViewTables t, int nx, int ny, int views) {
        if (!t.fan() || nx != ny || views % 4 != 0 || views == 0) {
            return null;
        }
        int q = views / 4;
        if (!quarterTurned(t, q) || cornerRadius(t, nx, ny) > MAX_RADIUS_OF_SOURCE_CIRCLE * t.sourceIso()) {
            return null;
        }
        int[] turn = new int[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double x = t.x0() + (double) i * t.dx(), y = t.y0() + (double) j * t.dy();
                // R(x, y) = (y, −x) on the grid
                double iq = (y - t.x0()) / t.dx(), jq = (-x - t.y0()) / t.dy();
                long ri = Math.round(iq), rj = Math.round(jq);
                if (Math.abs(iq - ri) > INDEX_TOLERANCE || Math.abs(jq - rj) > INDEX_TOLERANCE
                        || ri < 0 || ri >= nx || rj < 0 || rj >= ny) {
                    return null;
                }
                turn[j * nx + i] = (int) (rj * nx + ri);
            }
        }
        int[][] source = new int[4][];
        source[1] = turn;
        for (int k = 2; k < 4; k++) {
            source[k] = new int[turn.length];
            for (int p = 0; p < turn.length; p++) {
                source[k][p] = turn[source[k - 1][p]];
            }
        }
        return new QuarterTurns(q, source);
    }

    /** The distance [m] from the isocentre of the grid's farthest pixel centre (a corner). */
    private static double cornerRadius(ViewTables t, int nx, int ny) {
        double x = Math.max(Math.abs(t.x0()), Math.abs(t.x0() + (nx - 1.0) * t.dx()));
        double y = Math.max(Math.abs(t.y0()), Math.abs(t.y0() + (ny - 1.0) * t.dy()));
        return Math.hypot(x, y);
    }

    /**
     * Whether (cos, sin) of every view v + k·q is that of view v + (k − 1)·q turned by +90°: (−sin β, cos β).
     * (Views always advance counter-clockwise: {@code FanBeamGeometry}'s arc is positive.)
     */
    private static boolean quarterTurned(ViewTables t, int q) {
        float[] c = t.cos(), s = t.sin();
        for (int v = 0; v < q; v++) {
            for (int k = 1; k < 4; k++) {
                int a = v + (k - 1) * q, b = v + k * q;
                if (Math.abs(c[b] + s[a]) > ANGLE_TOLERANCE || Math.abs(s[b] - c[a]) > ANGLE_TOLERANCE) {
                    return false;
                }
            }
        }
        return true;
    }
}
