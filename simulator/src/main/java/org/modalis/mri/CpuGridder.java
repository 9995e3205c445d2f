package org.modalis.mri;

/**
 * The spreading step of gridding on the CPU (Jackson et al., IEEE TMI 10 (1991) 473): each sample adds its
 * value times the separable kernel to the (2⌈W/2⌉ + 1)² cells around it. Serial over samples, because their
 * kernels overlap on the grid. The specification and test oracle of the GL twin ({@link Gridder}).
 */
public final class CpuGridder implements Gridder {

    @Override
    public void spread(GriddingSamples samples, KaiserBesselKernel kernel, int g, float[] grid) {
        if (grid.length != 2 * g * g) {
            throw new IllegalArgumentException("the grid must hold 2·g² = " + 2 * g * g + " floats, got " + grid.length);
        }
        java.util.Arrays.fill(grid, 0f);
        float[] table = kernel.table();
        double half = kernel.width() / 2, scale = KaiserBesselKernel.TABLE_SIZE / half;
        int reach = (int) Math.ceil(half);
        float[] cx = new float[2 * reach + 1], cy = new float[2 * reach + 1];
        for (int i = 0; i < samples.count(); i++) {
            double ux = samples.ux()[i], uy = samples.uy()[i], re = samples.re()[i], im = samples.im()[i];
            int x0 = (int) Math.ceil(ux - half), y0 = (int) Math.ceil(uy - half);
            weights(table, scale, ux - x0, cx);
            weights(table, scale, uy - y0, cy);
            for (int b = 0; b < cy.length; b++) {
                if (cy[b] == 0) {
                    continue;
                }
                int row = Math.floorMod(y0 + b, g) * g;
                for (int a = 0; a < cx.length; a++) {
                    double k = cx[a] * cy[b];
                    int o = 2 * (row + Math.floorMod(x0 + a, g));
                    grid[o] += (float) (k * re);
                    grid[o + 1] += (float) (k * im);
                }
            }
        }
    }

    /** Kernel weights at distances d, d − 1, d − 2, … (d = u − first cell ∈ [0, 1) + …), zero beyond W/2. */
    private static void weights(float[] table, double scale, double d, float[] out) {
        for (int a = 0; a < out.length; a++) {
            double t = Math.abs(d - a) * scale;
            int j = (int) t;
            if (j >= KaiserBesselKernel.TABLE_SIZE) {
                out[a] = j == KaiserBesselKernel.TABLE_SIZE && t == j ? table[j] : 0;
                continue;
            }
            double f = t - j;
            out[a] = (float) (table[j] * (1 - f) + table[j + 1] * f);
        }
    }
}
