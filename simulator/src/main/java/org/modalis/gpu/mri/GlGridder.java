package org.modalis.gpu.mri;

import org.modalis.gpu.ComputeProgram;
import org.modalis.gpu.GlContext;
import org.modalis.gpu.StorageBuffer;
import org.modalis.mri.Gridder;
import org.modalis.mri.GriddingSamples;
import org.modalis.mri.KaiserBesselKernel;

/**
 * GL twin of the gridding spread (contract {@link Gridder}; specification {@link org.modalis.mri.CpuGridder});
 * kernel {@code shaders/mri/grid_gather.comp}. GL 4.3 has no float atomics, so instead of scattering each
 * sample, each grid cell gathers: the samples are sorted into bins by the cell they fall in (a counting sort in
 * Java, O(samples)), and a cell visits the (2⌈W/2⌉ + 1)² bins that can reach it. Sums run in float in another order
 * than the CPU's, so the twins agree to float rounding. Does not own the context: close this, then the context.
 */
public final class GlGridder implements Gridder, AutoCloseable {

    private final GlContext gl;
    private final ComputeProgram program;

    /** Compiles the kernel on {@code gl}. */
    public GlGridder(GlContext gl) {
        this.gl = gl;
        this.program = gl.compile("mri/grid_gather.comp");
    }

    /**
     * The samples binned by the first cell the CPU twin spreads them to, x0 = ⌈ux − W/2⌉ (likewise y0), stored as
     * (e_x, e_y, re, im) in bin order with e = (ux − x0) − W/2 ∈ (−1, 0], and the bins' start offsets (CSR). Cell X
     * takes the samples of bins X − a, a = 0 … 2⌈W/2⌉, at distance e + W/2 − a, which is the CPU's
     * |ux − (x0 + a)|. The Kaiser–Bessel kernel truncated at W/2 is discontinuous there (its edge value is
     * 1/I₀(β) of the peak), so whether a cell is in reach is decided on e (e ≥ a − W), never on the rounded
     * float distance, and e carries the CPU's own decision for the one cell where it can go either way.
     */
    record Binned(float[] samples, int[] binStart) {

        static Binned of(GriddingSamples s, int g, double half) {
            int n = s.count();
            int[] bin = new int[n];
            int[] start = new int[g * g + 1];
            for (int i = 0; i < n; i++) {
                int x0 = (int) Math.ceil(s.ux()[i] - half), y0 = (int) Math.ceil(s.uy()[i] - half);
                bin[i] = Math.floorMod(y0, g) * g + Math.floorMod(x0, g);
                start[bin[i] + 1]++;
            }
            for (int b = 0; b < g * g; b++) {
                start[b + 1] += start[b];
            }
            int[] next = java.util.Arrays.copyOf(start, g * g);
            float[] out = new float[4 * n];
            for (int i = 0; i < n; i++) {
                int k = next[bin[i]]++;
                out[4 * k] = offset(s.ux()[i] - Math.ceil(s.ux()[i] - half), half);
                out[4 * k + 1] = offset(s.uy()[i] - Math.ceil(s.uy()[i] - half), half);
                out[4 * k + 2] = (float) s.re()[i];
                out[4 * k + 3] = (float) s.im()[i];
            }
            return new Binned(out, start);
        }

        /**
         * e = d − W/2 for the CPU's offset d = u − x0, with the CPU's own decision on the last cell (x0 + 2⌈W/2⌉,
         * at |d − 2⌈W/2⌉|, in reach only at exactly W/2 in double arithmetic, see {@code CpuGridder}) carried over:
         * e = 0 where the CPU takes that cell, e &lt; 0 where it does not.
         */
        static float offset(double d, double half) {
            int last = 2 * (int) Math.ceil(half);
            double t = Math.abs(d - last) * (KaiserBesselKernel.TABLE_SIZE / half);
            int j = (int) t;
            boolean lastInReach = j < KaiserBesselKernel.TABLE_SIZE || (j == KaiserBesselKernel.TABLE_SIZE && t == j);
            float e = (float) (d - half);
            if (lastInReach) {
                return Math.max(e, 0f);
            }
            return e < 0 ? e : -Float.MIN_NORMAL;
        }
    }

    @Override
    public void spread(GriddingSamples samples, KaiserBesselKernel kernel, int g, float[] grid) {
        if (grid.length != 2 * g * g) {
            throw new IllegalArgumentException("the grid must hold 2·g² = " + 2 * g * g + " floats, got " + grid.length);
        }
        if (16L * samples.count() > gl.maxStorageBlockBytes() || 8L * g * g > gl.maxStorageBlockBytes()) {
            throw new IllegalArgumentException(String.format("the samples or the grid exceed the %.0f MiB storage block"
                    + " of '%s': use --backend cpu", gl.maxStorageBlockBytes() / 1048576.0, gl.renderer()));
        }
        double half = kernel.width() / 2;
        Binned binned = Binned.of(samples, g, half);
        float[] table = kernel.table();
        gl.run(() -> {
            try (StorageBuffer s = StorageBuffer.of(binned.samples().length > 0 ? binned.samples() : new float[4]);
                 StorageBuffer starts = StorageBuffer.of(binned.binStart());
                 StorageBuffer t = StorageBuffer.of(table);
                 StorageBuffer out = StorageBuffer.allocate(grid.length)) {
                program.use();
                s.bind(0);
                starts.bind(1);
                t.bind(2);
                out.bind(3);
                program.set("g", g);
                program.set("reach", (int) Math.ceil(half));
                program.set("halfWidth", (float) half);
                program.set("tableScale", (float) (KaiserBesselKernel.TABLE_SIZE / half));
                program.set("tableSize", KaiserBesselKernel.TABLE_SIZE);
                program.dispatchCovering(g, g, 1);
                out.read(grid);
            }
        });
    }

    /** Deletes the program (on the GL thread). */
    @Override
    public void close() {
        gl.run(program::close);
    }
}
