package org.modalis.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;
import org.modalis.ct.recon.CpuBackprojector;

/** Backend selection without a GL context: CPU, simulated missing context, bad modes, renderer words. */
class BackendChoiceTest {

    private static final BackendChoice.ContextOpener NO_GL = () -> {
        throw new GlUnavailableException("EGL: no display | GLFW: glfwInit failed");
    };
    private static final BackendChoice.ContextOpener MUST_NOT_OPEN = () -> fail("--backend cpu must not touch OpenGL");

    @Test
    void cpuNeverTouchesOpenGl() {
        try (BackendChoice c = BackendChoice.choose("cpu", MUST_NOT_OPEN)) {
            assertEquals(Backend.CPU, c.backend());
            assertInstanceOf(CpuBackprojector.class, c.backprojector());
            assertNull(c.context());
            assertTrue(c.describe().startsWith("backend cpu: Java CPU twins"), c.describe());
        }
    }

    @Test
    void autoFallsBackToCpuAndSaysWhy() {
        try (BackendChoice c = BackendChoice.choose("AUTO", NO_GL)) {
            assertEquals(Backend.CPU, c.backend());
            assertEquals("no OpenGL 4.3 context: EGL: no display | GLFW: glfwInit failed: using CPU", c.reason());
        }
    }

    @Test
    void gpuWithoutContextIsAUserError() {
        UserInputException e = assertThrows(UserInputException.class, () -> BackendChoice.choose("gpu", NO_GL));
        assertTrue(e.getMessage().startsWith("no OpenGL 4.3 context: EGL: no display"), e.getMessage());
        assertTrue(e.getMessage().endsWith("use --backend cpu"), e.getMessage());
    }

    @Test
    void unknownModeNamesTheAllowedOnes() {
        UserInputException e = assertThrows(UserInputException.class, () -> BackendChoice.choose("cuda", NO_GL));
        assertEquals("unknown backend 'cuda': allowed auto, cpu, gpu", e.getMessage());
        assertEquals("backend", e.key());
    }

    @Test
    void recognizesSoftwareRenderers() {
        assertTrue(GlContext.isSoftware("llvmpipe (LLVM 15.0.6, 256 bits)"));
        assertTrue(GlContext.isSoftware("softpipe"));
        assertTrue(GlContext.isSoftware("Mesa X11 swrast"));
        assertTrue(GlContext.isSoftware("zink (lavapipe)"));
        assertFalse(GlContext.isSoftware("NVIDIA H100 80GB HBM3/PCIe/SSE2"));
        assertFalse(GlContext.isSoftware("AMD Radeon RX 7900 XTX (radeonsi, navi31, LLVM 15.0.7, DRM 3.54)"));
        assertFalse(GlContext.isSoftware("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
    }
}
