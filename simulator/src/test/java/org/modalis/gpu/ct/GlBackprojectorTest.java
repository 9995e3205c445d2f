package org.modalis.gpu.ct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modalis.ct.CtGeometry;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.ct.AnalyticPhantoms;
import org.modalis.ct.Sinogram;
import org.modalis.ct.recon.CpuBackprojector;
import org.modalis.ct.recon.Fbp;
import org.modalis.ct.recon.FilterWindow;
import org.modalis.ct.recon.PixelDrivenProjector;
import org.modalis.ct.recon.RampFilter;
import org.modalis.ct.recon.RedundancyWeighting;
import org.modalis.gpu.GlTestBase;
import org.modalis.gpu.Parity;
import org.modalis.image.Grid;
import org.modalis.physics.Rng;

/**
 * The GL backprojector against its CPU twin on parallel, arc-fan and flat-fan geometries, square and
 * rectangular grids, centred and offset detectors, full and short scans.
 */
class GlBackprojectorTest extends GlTestBase {

    private static GlBackprojector backprojector;

    @BeforeEach
    void compileOnce() {
        if (backprojector == null) {
            backprojector = new GlBackprojector(gl());
        }
    }

    @AfterAll
    static void release() {
        if (backprojector != null) {
            backprojector.close();
            backprojector = null;
        }
    }

    static Stream<Arguments> cases() {
        Grid g128 = Grid.square(128, 0.25, 1e-3);
        Grid g48 = Grid.square(48, 0.2, 1e-3);
        Grid rect = new Grid(40, 56, 1, 0.17 / 40, 0.19 / 56, 1e-3);
        return Stream.of(
                Arguments.of("parallel 128² × 90, 180°", ParallelBeamGeometry.standard(90, 128, g128.dx()), g128),
                Arguments.of("parallel 48² × 60, offset ¼", new ParallelBeamGeometry(60, 0.1, Math.PI, 70, g48.dx(), 0.25), g48),
                Arguments.of("parallel 40×56 × 45, 360°", new ParallelBeamGeometry(45, -0.3, 2 * Math.PI, 40, 1.3 * rect.dx(), -0.5), rect),
                Arguments.of("fan arc 128² × 90, 360°", FanBeamGeometry.fullScan(90, 160, 0.5 / 160, 0.5, 1.0, DetectorShape.ARC), g128),
                // 120 views over 360° on a centred square grid: the CPU twin samples a quarter of the views and turns
                // them (QuarterTurns); the GL twin samples every view.
                Arguments.of("fan arc 128² × 120, 360°, quarter turns", FanBeamGeometry.fullScan(120, 160, 0.5 / 160, 0.5, 1.0, DetectorShape.ARC), g128),
                Arguments.of("fan arc 40×56 × 60, offset ¼", new FanBeamGeometry(60, 0.2, 2 * Math.PI, 64, 0.45 / 64, 0.5, 1.0, DetectorShape.ARC, 0.25), rect),
                Arguments.of("fan flat 48² × 50, 4 rad, offset −¼", new FanBeamGeometry(50, -1.0, 4.0, 64, 0.45 / 64, 0.5, 1.0, DetectorShape.FLAT, -0.25), g48),
                Arguments.of("fan flat 128² × 72, short scan", FanBeamGeometry.shortScan(72, 150, 0.4 / 150, 0.6, 1.1, DetectorShape.FLAT), g128),
                // Source circle (D = 0.12 m) inside the grid's corners: pixels at or behind the source get 0.
                Arguments.of("fan arc 48², source inside the grid", FanBeamGeometry.fullScan(40, 64, 1.6 / 64, 0.12, 0.3, DetectorShape.ARC), g48),
                Arguments.of("parallel 1 view × 1 bin", new ParallelBeamGeometry(1, 0.3, Math.PI, 1, 0.01, 0.0), g48));
    }

    static float[] gaussian(int n, long seed) {
        Rng rng = new Rng(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) rng.gaussian();
        }
        return a;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithCpuTwin(String name, CtGeometry g, Grid grid) {
        float[] sino = gaussian(g.views() * g.bins(), 42);
        float[] cpu = new float[Math.toIntExact(grid.size())];
        float[] gpu = new float[cpu.length];
        new CpuBackprojector().backproject(sino, g, grid, cpu);
        backprojector.backproject(sino, g, grid, gpu);
        Parity.assertWithin("backproject " + name, cpu, gpu, tolerance(sino, g, grid), grid.ny(), grid.nx());
    }

    /**
     * One tolerance for the operator, from GLSL 4.30's precision rules (§4.7.1) applied to one term
     * Δ·W·s(p) of the sum: + and × are correctly rounded and {@code precise} forbids fusing, so the only
     * inexact operations allowed to differ from Java are the divisions 1/yr and xr/yr (2.5 ULP), which move the fan position p
     * by ≤ 2.5·2⁻²⁴·stride samples and so the interpolated value by ≤ that × 2·max|s|, and the weights
     * 1/L² or D²/r² (≤ 5 ULP). Per term: ≤ (5·stride + 5)·2⁻²⁴·|Δ·W·max s|; summed over views that is
     * bounded by (5·stride + 8)·2⁻²⁴ × max over pixels of the backprojection of |s| (which bounds Σ|terms|).
     * A wrong table, weight, offset or pixel convention gives errors of order max|cpu| instead.
     * On llvmpipe the twins agree bit for bit (0 measured).
     */
    static double tolerance(float[] sino, CtGeometry g, Grid grid) {
        float[] abs = new float[sino.length];
        for (int i = 0; i < abs.length; i++) {
            abs[i] = Math.abs(sino[i]);
        }
        float[] bound = new float[Math.toIntExact(grid.size())];
        new CpuBackprojector().backproject(abs, g, grid, bound);
        int stride = g.bins() + 2 * BackprojectionInputs.PAD;
        return (5.0 * stride + 8) * Math.ulp(1.0f) / 2 * Parity.maxAbs(bound);
    }

    /**
     * Adjointness ⟨B s, x⟩ = ⟨s, P x⟩ of the GL backprojector B and the CPU's exact transpose P
     * ({@code PixelDrivenProjector}): a property of B itself, independent of the parity with the CPU B.
     * Non-negative random s and x, so that nothing cancels and a relative error of B shows undiminished.
     * Tolerance: each side carries its operator's float rounding, per pixel ≤ c·(B s)_P with
     * c = (5·stride + 8)·2⁻²⁴ as in {@link #tolerance}, so |lhs − rhs| ≤ 2c·⟨B s, x⟩ (≈ 1e-4 relative;
     * the inner products themselves are summed in double). A 1 % error in a weight or a shifted bin fails it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isTheAdjointOfThePixelDrivenProjector(String name, CtGeometry g, Grid grid) {
        float[] s = uniform(g.views() * g.bins(), 5);
        float[] x = uniform(Math.toIntExact(grid.size()), 6);
        float[] bs = new float[x.length];
        float[] px = new float[s.length];
        backprojector.backproject(s, g, grid, bs);
        new PixelDrivenProjector().project(x, grid, g, px);
        double lhs = 0;
        for (int p = 0; p < x.length; p++) {
            lhs += (double) bs[p] * x[p];
        }
        double rhs = 0;
        for (int b = 0; b < s.length; b++) {
            rhs += (double) s[b] * px[b];
        }
        double c = (5.0 * (g.bins() + 2 * BackprojectionInputs.PAD) + 8) * Math.ulp(1.0f) / 2;
        System.out.printf("adjoint %-40s |<Bs,x> - <s,Px>| / <Bs,x> = %.2e (tolerance %.2e)%n", name,
                Math.abs(lhs - rhs) / lhs, 2 * c);
        assertEquals(rhs, lhs, 2 * c * lhs, name);
    }

    static float[] uniform(int n, long seed) {
        Rng rng = new Rng(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) rng.uniform();
        }
        return a;
    }

    /** FBP with the GL backprojector (ramp filter on the CPU): a disc of μ reconstructs to μ, as on the CPU. */
    @Test
    void fbpWithGlBackprojectorReconstructsADisc() {
        Grid grid = Grid.square(96, 0.24, 1e-3);
        double mu = 20.0;
        for (CtGeometry g : new CtGeometry[] {ParallelBeamGeometry.standard(120, 128, grid.dx()),
                FanBeamGeometry.shortScan(120, 160, 0.5 / 160, 0.5, 1.0, DetectorShape.ARC)}) {
            Sinogram s = AnalyticPhantoms.sinogram(AnalyticPhantoms.disc(0.01, -0.005, 0.08, mu), g, 4);
            float[] cpu = new float[Math.toIntExact(grid.size())];
            float[] gpu = new float[cpu.length];
            new Fbp().reconstruct(s, grid, FilterWindow.RAM_LAK, 1.0, cpu);
            new Fbp(backprojector, RedundancyWeighting.PARKER).reconstruct(s, grid, FilterWindow.RAM_LAK, 1.0, gpu);
            // The backprojector's tolerance for the sinogram it actually receives (pre-weighted, filtered).
            float[] filtered = new Fbp().preweighted(s);
            RampFilter.forGeometry(g, FilterWindow.RAM_LAK, 1.0).filter(filtered, g.views(), filtered);
            Parity.assertWithin("fbp disc " + g.getClass().getSimpleName(), cpu, gpu, tolerance(filtered, g, grid),
                    grid.ny(), grid.nx());
            // Mean over a central 21×21 ROI (well inside the disc, r = 80 mm vs ROI half-width 26 mm):
            // FBP of a disc from 120 views is flat there to a few 0.1 %; 1 % catches any scale error.
            double sum = 0;
            for (int j = 38; j < 59; j++) {
                for (int i = 38; i < 59; i++) {
                    sum += gpu[j * 96 + i];
                }
            }
            assertEquals(mu, sum / (21 * 21), 0.01 * mu, g.toString());
        }
    }

    @Test
    void rejectsVolumesAndWrongSizes() {
        ParallelBeamGeometry g = ParallelBeamGeometry.standard(10, 16, 1e-3);
        assertThrows(IllegalArgumentException.class,
                () -> backprojector.backproject(new float[160], g, new Grid(16, 16, 2, 1e-3, 1e-3, 1e-3), new float[512]));
        assertThrows(IllegalArgumentException.class,
                () -> backprojector.backproject(new float[150], g, Grid.square(16, 0.016, 1e-3), new float[256]));
        float[] out = new float[256];
        backprojector.backproject(new float[160], g, Grid.square(16, 0.016, 1e-3), out);
        assertEquals(0.0, Parity.maxAbs(out));
    }
}
