package org.modalis.ct.recon;

import java.util.stream.IntStream;
import org.modalis.ct.CtGeometry;
import org.modalis.image.Grid;

/**
 * The exact transpose of {@link CpuBackprojector}: every pixel value is splatted onto the two bins its
 * ray falls between, with the same linear-interpolation weights, the same Δ and the same fan-beam
 * distance weight, so that ⟨B s, x⟩ = ⟨s, P x⟩ for the backprojector B and this projector P up to float
 * rounding. The matched pair for iterative reconstruction.
 *
 * <p>Scaling: for parallel beam each pixel's mass x·dx·dy is spread over the bins with the hat weights
 * λ_k (Σ_k λ_k = 1), so P x = (Δθ·Δu/(dx·dy)) × (line integrals of the image at the bin centres), up to
 * discretization: multiply by dx·dy/(Δθ·Δu) to get line integrals. For fan beam the 1/L² (arc) or 1/U² (flat) weight of the backprojector is included, so P is
 * not a line-integral model there; it exists to be B's adjoint.
 */
public final class PixelDrivenProjector {

    /** Projects {@code image} (grid nx × ny) into {@code out} (views × bins), overwriting it. */
    public void project(float[] image, Grid grid, CtGeometry g, float[] out) {
        ViewTables t = ViewTables.of(g, grid);
        ViewTables.checkSizes(out, g, grid, image);
        QuarterTurns turns = QuarterTurns.of(t, grid.nx(), grid.ny(), g.views());
        IntStream.range(0, g.views()).parallel().forEach(v -> {
            float[] row = new float[t.stride()];
            if (t.fan()) {
                fanView(image, grid, t, turns, v, row);
            } else {
                parallelView(image, grid, t, v, row);
            }
            for (int b = 0; b < g.bins(); b++) {
                out[v * g.bins() + b] = row[ViewTables.PAD + b] * t.scale();
            }
        });
    }

    private static void parallelView(float[] image, Grid grid, ViewTables t, int v, float[] row) {
        final float dp = t.parallelStep(v);
        final long step = FixedPosition.step(dp);
        final int nx = grid.nx();
        for (int j = 0; j < grid.ny(); j++) {
            float base = t.parallelBase(v, j);
            // The pixels CpuBackprojector visits, at the same fixed-point positions: the exact transpose.
            long range = ParallelRowRange.of(base, dp, t.stride(), nx);
            int i0 = (int) (range >>> 32);
            int i1 = (int) range;
            long p = FixedPosition.start(base) + i0 * step;
            for (int i = i0; i < i1; i++, p += step) {
                int k = FixedPosition.index(p);
                float f = FixedPosition.fraction(p);
                float x = image[j * nx + i];
                row[k] += x - f * x;
                row[k + 1] += f * x;
            }
        }
    }

    /**
     * One fan-beam view. With the quarter-turn symmetry (as {@link CpuBackprojector} uses it), view v0 + k·V/4 takes
     * the sampler of view v0 at pixel Q for the pixel P = R^−k(Q) whose value it splats: the exact transpose again.
     */
    private static void fanView(float[] image, Grid grid, ViewTables t, QuarterTurns turns, int v, float[] row) {
        FanRowSampler sampler = new FanRowSampler(t, grid.nx());
        float[] pos = sampler.positions();
        float[] w = sampler.weights();
        final int nx = grid.nx();
        int turn = turns == null ? 0 : v / turns.quarter;
        int sampled = turns == null ? v : v % turns.quarter;
        int[] pixel = turn == 0 ? null : turns.source[4 - turn];
        for (int j = 0; j < grid.ny(); j++) {
            sampler.sample(sampled, j);
            for (int i = 0; i < nx; i++) {
                float p = pos[i];
                int k = (int) p;
                float f = p - k;
                int q = j * nx + i;
                float x = w[i] * image[pixel == null ? q : pixel[q]];
                row[k] += x - f * x;
                row[k + 1] += f * x;
            }
        }
    }
}
