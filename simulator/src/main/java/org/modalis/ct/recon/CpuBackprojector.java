package org.modalis.ct.recon;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.modalis.ct.CtGeometry;
import org.modalis.image.Grid;

/**
 * Fast pixel-driven backprojector on the CPU (contract: {@link Backprojector}). Twins: the transpose
 * {@link PixelDrivenProjector}, the slow {@link ReferenceBackprojector} it is tested against, and the GL
 * twin {@code gpu.ct.GlBackprojector} with its kernels {@code shaders/ct/backproject_parallel.comp} and
 * {@code shaders/ct/backproject_fan.comp}, which read the same {@link ViewTables}.
 *
 * <p>Speed: the sinogram is copied once into rows padded with zeros and pre-multiplied by Δ, so the inner
 * loop needs no multiply by the weight. For parallel beam the position along a row is p = base + i·dp
 * (no per-pixel trigonometry) and the loop visits only the pixels whose position falls on the detector
 * ({@link ParallelRowRange}), with no per-pixel clamp. For fan beam the position comes from
 * {@link FanRowSampler} (a vectorised loop with atan as a polynomial for arc detectors, one division for flat
 * ones; clamped into the padded row, where positions off the detector read zeros, for rows that leave the
 * detector), and two views go through a row's pixels in one pass (one read and write of each pixel per pair). Rows are processed in tiles of
 * {@value #TILE_ROWS} rows in parallel; within a tile the views are the outer loop, so one view row
 * (about 2 kB for 512 bins) and the tile's pixels (16 kB for 512 columns) stay in the L1/L2 caches.
 * Parallel-beam positions step in 32.32 fixed point ({@link FixedPosition}): no float→int conversion per
 * pixel. A full fan-beam scan whose view count is a multiple of 4, on a centred square grid, samples only the
 * first quarter of its views and reuses each position and weight for the views 90°, 180° and 270° later
 * ({@link QuarterTurns}). Measured: ≈ 1.1 ns of CPU per pixel·view parallel, ≈ 2.0 ns fan (was 10.3 with a
 * table read per pixel), 256² × 720 views fan 57–59 → 41–43 ms with the quarter turns (docs/performance.md).
 */
public final class CpuBackprojector implements Backprojector {

    private static final int TILE_ROWS = 8;

    @Override
    public void backproject(float[] filteredSinogram, CtGeometry g, Grid grid, float[] out) {
        backproject(filteredSinogram, g, grid, out, null);
    }

    /** Parallel beam skips the pixels outside the scan field (≈ 17 % of a square image's updates). */
    @Override
    public void backprojectScanField(float[] filteredSinogram, CtGeometry g, Grid grid, float[] out, double fieldRadius) {
        if (g instanceof org.modalis.ct.FanBeamGeometry) {
            Backprojector.super.backprojectScanField(filteredSinogram, g, grid, out, fieldRadius);
            return;
        }
        long[] field = new long[grid.ny()];
        for (int j = 0; j < field.length; j++) {
            field[j] = ScanField.rowRange(grid, j, fieldRadius);
        }
        backproject(filteredSinogram, g, grid, out, field);
    }

    /** @param field per row the pixel range [i0, i1) to compute (packed), or null for whole rows */
    private void backproject(float[] filteredSinogram, CtGeometry g, Grid grid, float[] out, long[] field) {
        ViewTables t = ViewTables.of(g, grid);
        ViewTables.checkSizes(filteredSinogram, g, grid, out);
        float[] rows = t.paddedRows(filteredSinogram, g.views(), g.bins());
        QuarterTurns turns = QuarterTurns.of(t, grid.nx(), grid.ny(), g.views());
        if (turns != null) {
            fanQuarterTurns(rows, t, turns, grid, out);
            return;
        }
        int ny = grid.ny();
        int tiles = (ny + TILE_ROWS - 1) / TILE_ROWS;
        IntStream.range(0, tiles).parallel().forEach(tile -> {
            int j0 = tile * TILE_ROWS;
            int j1 = Math.min(ny, j0 + TILE_ROWS);
            Arrays.fill(out, j0 * grid.nx(), j1 * grid.nx(), 0f);
            if (t.fan()) {
                FanRowSampler sampler = new FanRowSampler(t, grid.nx());
                FanRowSampler second = new FanRowSampler(t, grid.nx());
                int v = 0;
                for (; v + 1 < g.views(); v += 2) {
                    fanTilePair(rows, v, t, sampler, second, j0, j1, grid.nx(), out);
                }
                if (v < g.views()) {
                    fanTile(rows, v, t, sampler, j0, j1, grid.nx(), out);
                }
            } else {
                for (int v = 0; v < g.views(); v++) {
                    parallelTile(rows, v, t, j0, j1, grid.nx(), field, out);
                }
            }
        });
    }

    private static void parallelTile(float[] rows, int v, ViewTables t, int j0, int j1, int nx, long[] field, float[] out) {
        final float dp = t.parallelStep(v);
        final long step = FixedPosition.step(dp);
        final int off = v * t.stride();
        for (int j = j0; j < j1; j++) {
            float base = t.parallelBase(v, j);
            int o = j * nx;
            long range = ParallelRowRange.of(base, dp, t.stride(), nx);
            int i1 = (int) range;
            int i0 = (int) (range >>> 32);
            if (field != null) {
                i0 = Math.max(i0, (int) (field[j] >>> 32));
                i1 = Math.min(i1, (int) field[j]);
            }
            long p = FixedPosition.start(base) + i0 * step;
            for (int i = i0; i < i1; i++, p += step) {
                int k = off + FixedPosition.index(p);
                float f = FixedPosition.fraction(p);
                float a = rows[k];
                out[o + i] += a + f * (rows[k + 1] - a);
            }
        }
    }

    private static void fanTile(float[] rows, int v, ViewTables t, FanRowSampler sampler, int j0, int j1,
                                int nx, float[] out) {
        final int off = v * t.stride();
        for (int j = j0; j < j1; j++) {
            sampler.sample(v, j);
            addOne(rows, off, sampler, out, j * nx, nx);
        }
    }

    /** Views v and v + 1 in one pass over the tile's pixels: one read and write of each pixel per two views. */
    private static void fanTilePair(float[] rows, int v, ViewTables t, FanRowSampler a, FanRowSampler b, int j0, int j1,
                                    int nx, float[] out) {
        final int offA = v * t.stride();
        final int offB = offA + t.stride();
        for (int j = j0; j < j1; j++) {
            a.sample(v, j);
            b.sample(v + 1, j);
            addPair(rows, offA, offB, a, b, out, j * nx, nx);
        }
    }

    /** dst[o + i] += w_a·row_a(p_a) + w_b·row_b(p_b) over a row of nx pixels, with linear interpolation. */
    private static void addPair(float[] rows, int offA, int offB, FanRowSampler a, FanRowSampler b, float[] dst, int o,
                                int nx) {
        final float[] pa = a.positions(), wa = a.weights(), pb = b.positions(), wb = b.weights();
        for (int i = 0; i < nx; i++) {
            float p = pa[i];
            int k = (int) p;
            float f = p - k;
            float x = rows[offA + k];
            float q = pb[i];
            int m = (int) q;
            float g = q - m;
            float y = rows[offB + m];
            dst[o + i] += wa[i] * (x + f * (rows[offA + k + 1] - x)) + wb[i] * (y + g * (rows[offB + m + 1] - y));
        }
    }

    /** dst[o + i] += w·row(p) over a row of nx pixels (one view). */
    private static void addOne(float[] rows, int off, FanRowSampler a, float[] dst, int o, int nx) {
        final float[] pos = a.positions(), w = a.weights();
        for (int i = 0; i < nx; i++) {
            float p = pos[i];
            int k = (int) p;
            float f = p - k;
            float x = rows[off + k];
            dst[o + i] += w[i] * (x + f * (rows[off + k + 1] - x));
        }
    }

    /**
     * Fan beam with the quarter-turn symmetry ({@link QuarterTurns}): the sampler runs for the first V/4 views; each
     * of its positions and weights serves view v + k·V/4 too, accumulated in a k-th image indexed by the sampled
     * pixel, which the last pass turns back onto the output (out[P] += acc_k[R^k(P)]). Sampling is a third of a
     * fan-beam backprojection's time; the gathers are unchanged.
     */
    private static void fanQuarterTurns(float[] rows, ViewTables t, QuarterTurns turns, Grid grid, float[] out) {
        int nx = grid.nx(), ny = grid.ny(), q = turns.quarter, stride = t.stride();
        float[][] acc = {out, new float[out.length], new float[out.length], new float[out.length]};
        int tiles = (ny + TILE_ROWS - 1) / TILE_ROWS;
        IntStream.range(0, tiles).parallel().forEach(tile -> {
            int j0 = tile * TILE_ROWS;
            int j1 = Math.min(ny, j0 + TILE_ROWS);
            Arrays.fill(out, j0 * nx, j1 * nx, 0f);
            FanRowSampler a = new FanRowSampler(t, nx);
            FanRowSampler b = new FanRowSampler(t, nx);
            int v = 0;
            for (; v + 1 < q; v += 2) {
                for (int j = j0; j < j1; j++) {
                    a.sample(v, j);
                    b.sample(v + 1, j);
                    for (int k = 0; k < 4; k++) {
                        int off = (v + k * q) * stride;
                        addPair(rows, off, off + stride, a, b, acc[k], j * nx, nx);
                    }
                }
            }
            if (v < q) {
                for (int j = j0; j < j1; j++) {
                    a.sample(v, j);
                    for (int k = 0; k < 4; k++) {
                        addOne(rows, (v + k * q) * stride, a, acc[k], j * nx, nx);
                    }
                }
            }
        });
        int[] s1 = turns.source[1], s2 = turns.source[2], s3 = turns.source[3];
        float[] a1 = acc[1], a2 = acc[2], a3 = acc[3];
        IntStream.range(0, ny).parallel().forEach(j -> {
            for (int p = j * nx; p < (j + 1) * nx; p++) {
                out[p] += a1[s1[p]] + a2[s2[p]] + a3[s3[p]];
            }
        });
    }
}
