package org.modalis.gpu.ct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modalis.ct.AnalyticPhantoms;
import org.modalis.ct.CtGeometry;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.ct.Sinogram;
import org.modalis.ct.recon.CpuBackprojector;
import org.modalis.ct.recon.Fbp;
import org.modalis.ct.recon.FilterWindow;
import org.modalis.ct.recon.RampFilter;
import org.modalis.ct.recon.RedundancyWeighting;
import org.modalis.ct.recon.ScanField;
import org.modalis.ct.recon.ViewTables;
import org.modalis.gpu.GlTestBase;
import org.modalis.gpu.Parity;
import org.modalis.image.Grid;

/**
 * The device ramp filter ({@code shaders/ct/ramp_filter.comp}) against its twin {@link RampFilter#filterView},
 * and the fused filter + backprojection on the device against FBP in Java.
 */
class GlRampFilterTest extends GlTestBase {

    private static GlBackprojector device;

    @BeforeEach
    void compileOnce() {
        if (device == null) {
            device = new GlBackprojector(gl(), FilterPlacement.DEVICE);
        }
    }

    @AfterAll
    static void release() {
        if (device != null) {
            device.close();
            device = null;
        }
    }

    static Stream<Arguments> cases() {
        Grid g96 = Grid.square(96, 0.24, 1e-3);
        return Stream.of(
                Arguments.of("parallel 96 bins, Ram-Lak", ParallelBeamGeometry.standard(60, 96, g96.dx()), FilterWindow.RAM_LAK, 1.0, g96),
                Arguments.of("parallel 131 bins, Hann 0.8", new ParallelBeamGeometry(45, 0.2, Math.PI, 131, g96.dx(), 0.25), FilterWindow.HANN, 0.8, g96),
                Arguments.of("fan arc 160 bins, Shepp-Logan", FanBeamGeometry.fullScan(72, 160, 0.5 / 160, 0.5, 1.0, DetectorShape.ARC), FilterWindow.SHEPP_LOGAN, 1.0, g96),
                Arguments.of("fan flat 150 bins, short scan", FanBeamGeometry.shortScan(64, 150, 0.4 / 150, 0.6, 1.1, DetectorShape.FLAT), FilterWindow.RAM_LAK, 1.0, g96));
    }

    /**
     * Rows filtered on the device equal the Java filter's rows, padded and scaled as the backprojector reads
     * them. Tolerance: each output is a float sum of N = bins products; recursive summation errs by at most
     * N·2⁻²⁴·Σ_k |c_{|i−k|}·x_k| ≤ N·2⁻²⁴·max|x|·(2·Σ_n|c_n|) (Higham, Accuracy and Stability, §4.2), plus the
     * taps' and the Java side's float roundings (far smaller), times the scale |Δβ|. A wrong tap, offset or
     * scale gives errors of order max|row| (≈ 10³ × the bound).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void deviceFilterAgreesWithTheFftFilter(String name, CtGeometry g, FilterWindow w, double cutoff, Grid grid) {
        float[] x = GlBackprojectorTest.gaussian(g.views() * g.bins(), 7);
        RampFilter filter = RampFilter.forGeometry(g, w, cutoff);
        float[] filteredInJava = x.clone();
        filter.filter(filteredInJava, g.views(), filteredInJava);
        ViewTables tables = ViewTables.of(g, grid);
        float[] expected = tables.paddedRows(filteredInJava, g.views(), g.bins());
        float[] actual = device.filteredRows(x, filter, g, grid);
        double tolerance = 2.0 * g.bins() * Math.ulp(1.0f) / 2 * Parity.maxAbs(x) * 2 * sumAbs(filter.spatialTaps())
                * Math.abs(tables.scale());
        Parity.assertWithin("ramp filter " + name, expected, actual, tolerance, g.views(), tables.stride());
        assertEquals(expected.length, actual.length);
    }

    /**
     * FBP with filter and backprojection both on the device against FBP in Java: the filter's error bound
     * above, backprojected (Σ over views of |Δβ|·W·bound, computed by backprojecting the bound), plus the
     * backprojector's own tolerance. Also inside the scan field only, where both clear the outside.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fusedFbpAgreesWithJavaFbp(String name, CtGeometry g, FilterWindow w, double cutoff, Grid grid) {
        Sinogram s = AnalyticPhantoms.sinogram(AnalyticPhantoms.disc(0.01, -0.005, 0.08, 20.0), g, 2);
        float[] cpu = new float[Math.toIntExact(grid.size())];
        float[] gpu = new float[cpu.length];
        Fbp javaFbp = new Fbp();
        javaFbp.reconstruct(s, grid, w, cutoff, cpu);
        new Fbp(device, RedundancyWeighting.PARKER).reconstruct(s, grid, w, cutoff, gpu);
        float[] weighted = javaFbp.preweighted(s);
        RampFilter filter = RampFilter.forGeometry(g, w, cutoff);
        double rowBound = 2.0 * g.bins() * Math.ulp(1.0f) / 2 * Parity.maxAbs(weighted) * 2 * sumAbs(filter.spatialTaps());
        float[] bound = new float[weighted.length];
        java.util.Arrays.fill(bound, (float) rowBound);
        float[] spread = new float[cpu.length];
        new CpuBackprojector().backproject(bound, g, grid, spread);
        float[] filtered = weighted.clone();
        filter.filter(filtered, g.views(), filtered);
        double tolerance = Parity.maxAbs(spread) + GlBackprojectorTest.tolerance(filtered, g, grid);
        Parity.assertWithin("fused fbp " + name, cpu, gpu, tolerance, grid.ny(), grid.nx());

        new Fbp().reconstructScanField(s, grid, w, cutoff, cpu);
        new Fbp(device, RedundancyWeighting.PARKER).reconstructScanField(s, grid, w, cutoff, gpu);
        Parity.assertWithin("fused fbp scan field " + name, cpu, gpu, tolerance, grid.ny(), grid.nx());
        double r = ScanField.radius(g);
        assertEquals(0f, gpu[0], 0f, "corner pixel outside the scan field of radius " + r + " m");
    }

    /** The placement follows the renderer: Java filtering on software rasterizers, device filtering on GPUs. */
    @Test
    void placementFollowsTheRenderer() {
        try (GlBackprojector auto = new GlBackprojector(gl())) {
            assertEquals(gl().softwareRenderer() ? FilterPlacement.JAVA : FilterPlacement.DEVICE, auto.placement());
        }
    }

    private static double sumAbs(double[] taps) {
        double s = Math.abs(taps[0]);
        for (int n = 1; n < taps.length; n++) {
            s += 2 * Math.abs(taps[n]);
        }
        return s;
    }
}
