package org.modalis.gpu.ct;

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
import org.modalis.ct.recon.JosephContract;
import org.modalis.ct.recon.JosephProjector;
import org.modalis.gpu.GlTestBase;
import org.modalis.gpu.Parity;
import org.modalis.image.Grid;

/**
 * The GL Joseph projector: the closed forms of {@link JosephContract} on the GL twin itself, and agreement with
 * the CPU twin on images and slice stacks, parallel and fan beams.
 */
class GlJosephProjectorTest extends GlTestBase implements JosephContract {

    private static GlJosephProjector projector;

    @BeforeEach
    void compileOnce() {
        if (projector == null) {
            projector = new GlJosephProjector(gl());
        }
    }

    @AfterAll
    static void release() {
        if (projector != null) {
            projector.close();
            projector = null;
        }
    }

    @Override
    public void project(float[] image, Grid grid, CtGeometry g, float[] out) {
        projector.project(image, grid, g, out);
    }

    static Stream<Arguments> cases() {
        Grid g128 = Grid.square(128, 0.25, 1e-3);
        Grid rect = new Grid(40, 56, 1, 0.17 / 40, 0.19 / 56, 1e-3);
        Grid volume = new Grid(64, 48, 5, 0.2 / 64, 0.2 / 64, 2e-3);
        return Stream.of(
                Arguments.of("parallel 128² × 90", ParallelBeamGeometry.standard(90, 181, g128.dx()), g128),
                Arguments.of("parallel 40×56 × 45, 360°, offset", new ParallelBeamGeometry(45, -0.3, 2 * Math.PI, 40, 0.0055, -0.5), rect),
                Arguments.of("fan arc 128² × 90", FanBeamGeometry.fullScan(90, 160, 0.5 / 160, 0.5, 1.0, DetectorShape.ARC), g128),
                Arguments.of("fan flat 40×56 × 50, offset", new FanBeamGeometry(50, -1.0, 4.0, 64, 0.45 / 64, 0.5, 1.0, DetectorShape.FLAT, -0.25), rect),
                Arguments.of("fan arc volume 64×48×5 × 36", FanBeamGeometry.shortScan(36, 80, 0.45 / 80, 0.4, 0.8, DetectorShape.ARC), volume));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithCpuTwin(String name, CtGeometry g, Grid grid) {
        assertParity(name, projector, g, grid);
    }

    /** Volumes larger than a storage block go in slabs: force 2-slice slabs on a 5-slice volume. */
    @Test
    void slabsGiveTheSameResult() {
        Grid volume = new Grid(32, 32, 5, 1e-3, 1e-3, 1e-3);
        try (GlJosephProjector small = new GlJosephProjector(gl(), 2L * 4 * 32 * 32)) {
            assertParity("slabs of 2 slices", small, ParallelBeamGeometry.standard(20, 48, 1e-3), volume);
        }
    }

    /**
     * Tolerance: the kernel performs the CPU twin's float operations in the same order, with {@code precise}
     * forbidding fused multiply-adds; GLSL 4.30 (§4.7.1) rounds + and × correctly and floor is exact, so a
     * conformant driver agrees bit for bit (0 measured on llvmpipe). Allowed: (steps + 2)·2⁻²⁴ × max over rays of
     * the projection of |image|, the classic bound for summing the ≤ steps samples in another order or with
     * another rounding of q, which any legitimate difference stays below.
     */
    private static void assertParity(String name, GlJosephProjector gpuProjector, CtGeometry g, Grid grid) {
        float[] image = GlBackprojectorTest.gaussian(Math.toIntExact(grid.size()), 11);
        float[] abs = new float[image.length];
        for (int i = 0; i < abs.length; i++) {
            abs[i] = Math.abs(image[i]);
        }
        int n = grid.nz() * g.views() * g.bins();
        float[] cpu = new float[n];
        float[] gpu = new float[n];
        float[] bound = new float[n];
        new JosephProjector().project(image, grid, g, cpu);
        new JosephProjector().project(abs, grid, g, bound);
        gpuProjector.project(image, grid, g, gpu);
        int steps = Math.max(grid.nx(), grid.ny());
        double tolerance = (steps + 2) * Math.ulp(1.0f) / 2 * Parity.maxAbs(bound);
        Parity.assertWithin("joseph " + name, cpu, gpu, tolerance, grid.nz(), g.views(), g.bins());
    }
}
