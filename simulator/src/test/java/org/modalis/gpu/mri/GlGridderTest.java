package org.modalis.gpu.mri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modalis.gpu.GlTestBase;
import org.modalis.gpu.Parity;
import org.modalis.mri.CpuGridder;
import org.modalis.mri.GriddingRecon;
import org.modalis.mri.GriddingSamples;
import org.modalis.mri.KaiserBesselKernel;
import org.modalis.mri.RadialTrajectory;
import org.modalis.physics.Rng;

/**
 * The GL gather gridder against the CPU scatter gridder on uniform and golden-angle radial trajectories with
 * random sample values, on the grid itself and through the whole gridding reconstruction.
 */
class GlGridderTest extends GlTestBase {

    private static GlGridder gridder;

    @BeforeEach
    void compileOnce() {
        if (gridder == null) {
            gridder = new GlGridder(gl());
        }
    }

    @AfterAll
    static void release() {
        if (gridder != null) {
            gridder.close();
            gridder = null;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("uniform 64 spokes × 128, n 64", new RadialTrajectory(64, 128, 1 / 0.24, false), 64),
                Arguments.of("golden 50 spokes × 96, n 48", new RadialTrajectory(50, 96, 1 / 0.24, true), 48),
                Arguments.of("uniform 16 spokes × 64 (undersampled), n 32", new RadialTrajectory(16, 64, 1 / 0.24, false), 32));
    }

    static GriddingSamples samples(RadialTrajectory t, int n, KaiserBesselKernel kernel, long seed) {
        int count = t.spokes() * t.samples();
        float[] kx = new float[count], ky = new float[count], data = new float[2 * count];
        t.coordinates(kx, ky);
        Rng rng = new Rng(seed);
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) rng.gaussian();
        }
        int g = grid(n, kernel);
        double fov = 0.24;
        return GriddingSamples.of(kx, ky, data, t.densityWeights(), 1.0 / (g * fov / n), fov / n);
    }

    static int grid(int n, KaiserBesselKernel kernel) {
        return 2 * (int) Math.ceil(kernel.oversampling() * n / 2);
    }

    /**
     * Tolerance, two float effects: (1) a cell's value is a sum of at most m contributions (m = the largest number
     * of samples within W/2 of a cell, counted here), each a product of two interpolated table values and the
     * sample; recursive float summation errs by at most (m + 3)·2⁻²⁴ × the sum of the contributions' absolute
     * values (Higham §4.2; + 3 for the products and the interpolation), which the CPU gridder computes when
     * spreading |re| + |im|; (2) the kernel does its distance arithmetic in float (e rounded, e + W/2 − a
     * rounded, × table scale rounded: ≤ 4e-7 cells), which moves each of the two kernel factors by at most
     * 4e-7 × max|C'|, so a contribution by ≤ 2·4e-7·max|C'|·C(0)·|v|, summed over the samples in reach of the
     * cell (the largest such Σ|v| is computed here). A wrong bin offset, table index or wrap gives errors of
     * order max|grid|, 10²–10⁴ times the bound.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gridAgreesWithTheCpuScatter(String name, RadialTrajectory t, int n) {
        KaiserBesselKernel kernel = new KaiserBesselKernel(4, 2);
        GriddingSamples s = samples(t, n, kernel, 5);
        int g = grid(n, kernel);
        float[] cpu = new float[2 * g * g];
        float[] gpu = new float[cpu.length];
        new CpuGridder().spread(s, kernel, g, cpu);
        gridder.spread(s, kernel, g, gpu);
        double[] abs = new double[s.count()];
        for (int i = 0; i < abs.length; i++) {
            abs[i] = Math.abs(s.re()[i]) + Math.abs(s.im()[i]);
        }
        float[] bound = new float[cpu.length];
        new CpuGridder().spread(new GriddingSamples(s.ux(), s.uy(), abs, new double[abs.length]), kernel, g, bound);
        double half = kernel.width() / 2;
        float[] table = kernel.table();
        double slope = 0;
        for (int j = 0; j < KaiserBesselKernel.TABLE_SIZE; j++) {
            slope = Math.max(slope, Math.abs(table[j + 1] - table[j]) * KaiserBesselKernel.TABLE_SIZE / half);
        }
        double[] reachStats = inReach(s, g, half);
        double tolerance = (reachStats[0] + 3) * Math.ulp(1.0f) / 2 * Parity.maxAbs(bound)
                + 2 * 4e-7 * slope * table[0] * reachStats[1];
        Parity.assertWithin("gridding " + name, cpu, gpu, tolerance, g, 2 * g);
    }

    /** The whole gridding reconstruction with either twin: the FFT and the deapodization are shared, so the images
     * differ only by the grid's rounding, spread over the image by the inverse FFT (bounded by 1e-4 of the peak). */
    @Test
    void griddingReconstructionWithEitherTwinAgrees() {
        RadialTrajectory t = new RadialTrajectory(64, 128, 1 / 0.24, false);
        int n = 64;
        int count = t.spokes() * t.samples();
        float[] kx = new float[count], ky = new float[count], data = new float[2 * count];
        t.coordinates(kx, ky);
        Rng rng = new Rng(9);
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) rng.gaussian();
        }
        float[] cpu = new float[2 * n * n];
        float[] gpu = new float[cpu.length];
        GriddingRecon.standard().reconstruct(kx, ky, data, t.densityWeights(), n, 0.24, cpu);
        GriddingRecon.standard(gridder).reconstruct(kx, ky, data, t.densityWeights(), n, 0.24, gpu);
        Parity.assertWithin("gridding recon", cpu, gpu, 1e-4 * Parity.maxAbs(cpu), n, 2 * n);
        assertEquals(cpu.length, gpu.length);
    }

    /** Over all cells: the largest number of samples within half a kernel width (both axes), and the largest
     * Σ(|re| + |im|) of those samples. */
    private static double[] inReach(GriddingSamples s, int g, double half) {
        int[] count = new int[g * g];
        double[] sum = new double[g * g];
        int reach = (int) Math.ceil(half);
        for (int i = 0; i < s.count(); i++) {
            int x0 = (int) Math.ceil(s.ux()[i] - half), y0 = (int) Math.ceil(s.uy()[i] - half);
            for (int b = 0; b <= 2 * reach; b++) {
                for (int a = 0; a <= 2 * reach; a++) {
                    if (Math.abs(s.ux()[i] - (x0 + a)) <= half && Math.abs(s.uy()[i] - (y0 + b)) <= half) {
                        int c = Math.floorMod(y0 + b, g) * g + Math.floorMod(x0 + a, g);
                        count[c]++;
                        sum[c] += Math.abs(s.re()[i]) + Math.abs(s.im()[i]);
                    }
                }
            }
        }
        double m = 0;
        double v = 0;
        for (int c = 0; c < count.length; c++) {
            m = Math.max(m, count[c]);
            v = Math.max(v, sum[c]);
        }
        return new double[] {m, v};
    }
}
