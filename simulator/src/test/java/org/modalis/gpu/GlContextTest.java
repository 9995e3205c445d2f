package org.modalis.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Context creation, the owner thread, shader loading with includes, and compile errors with file:line. */
class GlContextTest extends GlTestBase {

    @Test
    void reportsAnOpenGl43OrNewerRenderer() {
        System.out.println("GL context: " + gl().describe());
        assertFalse(gl().renderer().isBlank());
        String[] v = gl().version().split("[ .]");
        int major = Integer.parseInt(v[0]);
        int minor = Integer.parseInt(v[1]);
        assertTrue(major > 4 || (major == 4 && minor >= 3), gl().version());
        // 128 MiB on llvmpipe; GL 4.3 guarantees at least 16 MiB.
        assertTrue(gl().maxStorageBlockBytes() >= 16L << 20, "" + gl().maxStorageBlockBytes());
    }

    @Test
    void glCallsRunOnTheOwnerThread() {
        String name = gl().call(() -> Thread.currentThread().getName());
        assertEquals("modalis-gl", name);
        // A GL task that calls back into the context runs in place instead of waiting for itself.
        String nested = gl().call(() -> gl().call(() -> Thread.currentThread().getName()));
        assertEquals("modalis-gl", nested);
    }

    /** An include-using kernel writes out[i] = 2·in[i] + 1 (twice(x) + 1 from the included file). */
    @Test
    void compilesWithIncludesAndComputes() {
        float[] in = {0f, 1.5f, -2f, 3f, 7f};
        float[] out = new float[in.length];
        gl().run(() -> {
            try (ComputeProgram p = ComputeProgram.link(ShaderSource.load("test/twice_plus_one.comp"));
                 StorageBuffer a = StorageBuffer.of(in);
                 StorageBuffer b = StorageBuffer.allocate(in.length)) {
                p.use();
                a.bind(0);
                b.bind(1);
                p.set("n", in.length);
                p.dispatchCovering(in.length, 1, 1);
                b.read(out);
            }
        });
        assertArrayEquals(new float[] {1f, 4f, -3f, 7f, 15f}, out, 0f);
    }

    @Test
    void compileErrorsNameTheFileAndLine() {
        ShaderCompileException main = assertThrows(ShaderCompileException.class, () -> gl().compile("test/broken.comp"));
        // broken.comp line 7 uses an undeclared name.
        assertTrue(main.getMessage().contains("test/broken.comp:7:"), main.getMessage());
        ShaderCompileException inc = assertThrows(ShaderCompileException.class,
                () -> gl().compile("test/includes_broken.comp"));
        // the included broken_common.glsl has its error on line 3.
        assertTrue(inc.getMessage().contains("test/broken_common.glsl:3:"), inc.getMessage());
    }

    @Test
    void sourceMapsIncludesToNumberedStrings() {
        ShaderSource s = ShaderSource.load("test/twice_plus_one.comp");
        assertEquals(java.util.List.of("test/twice_plus_one.comp", "test/twice.glsl"), s.files());
        assertTrue(s.text().startsWith("#version 430"), s.text());
        assertEquals("test/twice.glsl:4:2: error: x", s.locate("1:4(2): error: x")); // Mesa's form
        assertEquals("test/twice_plus_one.comp:7: error C1008: y", s.locate("0(7) : error C1008: y")); // NVIDIA's
        assertEquals("unrelated line", s.locate("unrelated line"));
    }

    /** Each route on its own, where the machine offers it (both do on Mesa): same renderer family, kernels run. */
    @Test
    void eachRouteMakesAWorkingContext() {
        for (ContextRoute route : new ContextRoute[] {ContextRoute.EGL, ContextRoute.GLFW}) {
            GlContext c;
            try {
                c = GlContext.create(route);
            } catch (GlUnavailableException e) {
                System.out.println("route " + route + " unavailable here: " + e.getMessage());
                continue;
            }
            try (c) {
                System.out.println("route " + route + ": " + c.describe());
                float[] out = new float[1];
                c.run(() -> {
                    try (ComputeProgram p = ComputeProgram.link(ShaderSource.load("test/twice_plus_one.comp"));
                         StorageBuffer a = StorageBuffer.of(new float[] {20.5f});
                         StorageBuffer b = StorageBuffer.allocate(1)) {
                        p.use();
                        a.bind(0);
                        b.bind(1);
                        p.set("n", 1);
                        p.dispatchCovering(1, 1, 1);
                        b.read(out);
                    }
                });
                assertEquals(42f, out[0], 0f, route.toString());
            }
        }
    }

    @Test
    void closedContextRefusesWork() throws GlUnavailableException {
        GlContext c = GlContext.create();
        c.close();
        c.close(); // idempotent
        assertThrows(IllegalStateException.class, () -> c.run(() -> { }));
    }
}
