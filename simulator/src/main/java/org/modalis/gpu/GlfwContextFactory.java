package org.modalis.gpu;

import static org.lwjgl.glfw.GLFW.*;

import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * Fallback for machines where EGL is absent: a 1×1 hidden GLFW window whose context is made current on the
 * calling thread. With no {@code DISPLAY} or {@code WAYLAND_DISPLAY} set, GLFW's null platform is used with
 * the EGL context API (which still needs a libEGL, but no display server); under X11 or Wayland, GLFW's
 * own platform and context API. {@link ContextHandle#destroy()} destroys the window and terminates GLFW,
 * so this route assumes nothing else in the process uses GLFW meanwhile (the viewer makes its own).
 */
final class GlfwContextFactory {

    private GlfwContextFactory() {
    }

    /** Makes an OpenGL {@code major.minor} core context current on the calling thread. */
    static ContextHandle create(int major, int minor) throws GlUnavailableException {
        boolean headless = System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
        init(headless);
        hints(major, minor, headless);
        long window = glfwCreateWindow(1, 1, "modalis-gl", MemoryUtil.NULL, MemoryUtil.NULL);
        if (window == MemoryUtil.NULL) {
            String why = lastError();
            glfwTerminate();
            throw new GlUnavailableException("GLFW: no OpenGL " + major + "." + minor + " core context (" + why + ")");
        }
        glfwMakeContextCurrent(window);
        GlFunctions.ensureLoaded(name -> glfwGetProcAddress(name));
        String route = headless ? "hidden GLFW window (null platform, EGL context API)" : "hidden GLFW window";
        return new GlfwHandle(route, window);
    }

    /** A hidden window and its current context; destroying it also terminates GLFW (see above). */
    private record GlfwHandle(String route, long window) implements ContextHandle {
        @Override
        public void destroy() {
            glfwMakeContextCurrent(MemoryUtil.NULL);
            glfwDestroyWindow(window);
            glfwTerminate();
        }
    }

    private static void init(boolean headless) throws GlUnavailableException {
        try {
            if (headless) {
                glfwInitHint(GLFW_PLATFORM, GLFW_PLATFORM_NULL);
            }
            if (!glfwInit()) {
                throw new GlUnavailableException("GLFW: glfwInit failed (" + lastError() + ")");
            }
        } catch (LinkageError e) { // no GLFW natives for this platform (or their class failed to initialize)
            throw new GlUnavailableException("GLFW: native library could not be loaded (" + e.getMessage() + ")");
        }
    }

    private static void hints(int major, int minor, boolean headless) {
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, major);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, minor);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        if (headless) {
            glfwWindowHint(GLFW_CONTEXT_CREATION_API, GLFW_EGL_CONTEXT_API);
        }
    }

    private static String lastError() {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            PointerBuffer description = stack.mallocPointer(1);
            int code = glfwGetError(description);
            return code == GLFW_NO_ERROR ? "no error reported" : MemoryUtil.memUTF8Safe(description.get(0));
        }
    }
}
