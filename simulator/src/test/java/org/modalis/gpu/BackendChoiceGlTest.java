package org.modalis.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.ct.recon.CpuBackprojector;
import org.modalis.gpu.ct.GlBackprojector;
import org.modalis.image.Grid;

/** Backend selection where an OpenGL context exists (llvmpipe in CI). */
class BackendChoiceGlTest extends GlTestBase {

    /** auto takes the GPU only for a hardware renderer, and names the renderer either way. */
    @Test
    void autoPicksGpuOnlyForHardware() {
        try (BackendChoice c = BackendChoice.choose("auto")) {
            System.out.println(c.describe());
            if (gl().softwareRenderer()) {
                assertEquals(Backend.CPU, c.backend());
                assertInstanceOf(CpuBackprojector.class, c.backprojector());
                assertTrue(c.reason().contains(gl().renderer()) && c.reason().contains("software"), c.reason());
            } else {
                assertEquals(Backend.GPU, c.backend());
                assertTrue(c.description().contains(gl().renderer()), c.description());
            }
        }
    }

    /** gpu forces the GL twin even on llvmpipe; it backprojects like the CPU twin (bit for bit here). */
    @Test
    void gpuForcesTheGlTwin() {
        try (BackendChoice c = BackendChoice.choose("gpu")) {
            System.out.println(c.describe());
            assertEquals(Backend.GPU, c.backend());
            assertInstanceOf(GlBackprojector.class, c.backprojector());
            assertTrue(c.description().startsWith(gl().renderer()), c.description());
            ParallelBeamGeometry g = ParallelBeamGeometry.standard(30, 40, 1e-3);
            Grid grid = Grid.square(32, 0.032, 1e-3);
            float[] sino = org.modalis.gpu.ct.GlBackprojectorTestData.ramp(30 * 40);
            float[] cpu = new float[32 * 32];
            float[] gpu = new float[32 * 32];
            new CpuBackprojector().backproject(sino, g, grid, cpu);
            c.backprojector().backproject(sino, g, grid, gpu);
            // Tolerance 1e-6 × max|cpu|: far below any convention error; the full bound is in GlBackprojectorTest.
            assertTrue(Parity.maxAbsDiff(cpu, gpu) <= 1e-6 * Parity.maxAbs(cpu),
                    "max|gpu − cpu| = " + Parity.maxAbsDiff(cpu, gpu) + " of " + Parity.maxAbs(cpu));
        }
    }
}
