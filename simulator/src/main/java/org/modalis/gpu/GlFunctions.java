package org.modalis.gpu;

import org.lwjgl.opengl.GL;
import org.lwjgl.system.Configuration;
import org.lwjgl.system.FunctionProvider;

/**
 * Loads LWJGL's OpenGL entry points once per process from the function provider of the route that made
 * the first context (libEGL's eglGetProcAddress, or GLFW's glfwGetProcAddress), instead of LWJGL's default
 * libGL.so.1 + glXGetProcAddress, which a machine with EGL but no GLX lacks. LWJGL keeps this provider in
 * its own process-wide state; later contexts of either route reuse it, which works because both libEGL
 * and libGL dispatch through the same vendor-neutral GL dispatch table (libglvnd).
 */
final class GlFunctions {

    private GlFunctions() {
    }

    /** Makes sure {@link GL} has a function provider; the first caller's provider wins. */
    static synchronized void ensureLoaded(FunctionProvider preferred) {
        // Must be set before the GL class initializes, or it loads libGL.so.1 on its own.
        Configuration.OPENGL_EXPLICIT_INIT.set(true);
        if (GL.getFunctionProvider() == null) {
            GL.create(preferred);
        }
    }
}
