package org.modalis.viewer;

import static org.lwjgl.glfw.GLFW.*;
import static org.lwjgl.opengl.GL33C.*;

import imgui.ImGui;
import imgui.flag.ImGuiCol;
import imgui.gl3.ImGuiImplGl3;
import imgui.glfw.ImGuiImplGlfw;
import java.nio.ByteBuffer;
import org.lwjgl.PointerBuffer;
import org.lwjgl.opengl.GL;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * The GLFW window with its OpenGL 3.3 core context and the ImGui backends. Everything here runs on the thread
 * that opened it (the window thread); GL objects of this context are never shared with the gpu package's
 * headless context.
 */
final class ViewerWindow implements AutoCloseable {

    private final long handle;
    private final ImGuiImplGlfw imguiGlfw = new ImGuiImplGlfw();
    private final ImGuiImplGl3 imguiGl3 = new ImGuiImplGl3();
    /** The colour every frame starts from: the style's window background, which the fixed panels do not paint again. */
    private float[] clear = WindowBackground.BEHIND;
    private final FrameDamage damage = new FrameDamage();
    /** The font's glyph ranges in native memory, read by ImGui's atlas: freed after the context. */
    private java.nio.ShortBuffer glyphRanges;
    private final DrawSignature signature = new DrawSignature();
    private long drawn;
    private long kept;
    private boolean lastKept;
    /** Marks the frame damaged on an expose; a native closure, freed at close. */
    private org.lwjgl.glfw.GLFWWindowRefreshCallback refresh;

    private ViewerWindow(long handle) {
        this.handle = handle;
    }

    /** Attempts at glfwInit, {@value #INIT_RETRY_MS} ms apart. */
    private static final int INIT_ATTEMPTS = 20;
    private static final int INIT_RETRY_MS = 100;

    /**
     * glfwInit, tried again for up to two seconds: an X server such as Xvfb resets when its last client disconnects,
     * and a window opened right after another closed (the benchmark's next case, the next test) can find it
     * mid-reset ("Failed to detect any supported platform").
     */
    private static boolean initialise() {
        for (int attempt = 1; ; attempt++) {
            if (glfwInit()) {
                return true;
            }
            if (attempt == INIT_ATTEMPTS) {
                return false;
            }
            try {
                Thread.sleep(INIT_RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Opens the window, or says why none can be opened. */
    static ViewerWindow open(String title, ViewerOptions o) throws ViewerUnavailableException {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new ViewerUnavailableException("no display: neither DISPLAY nor WAYLAND_DISPLAY is set (try xvfb-run)");
        }
        try {
            if (!initialise()) {
                throw new ViewerUnavailableException("GLFW could not initialise (" + lastError() + ")");
            }
        } catch (UnsatisfiedLinkError | ExceptionInInitializerError e) {
            throw new ViewerUnavailableException("GLFW native library could not be loaded (" + e.getMessage() + ")");
        }
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
        long w = glfwCreateWindow(o.width(), o.height(), title, MemoryUtil.NULL, MemoryUtil.NULL);
        if (w == MemoryUtil.NULL) {
            String why = lastError();
            glfwTerminate();
            throw new ViewerUnavailableException("no OpenGL 3.3 core window (" + why + ")");
        }
        glfwMakeContextCurrent(w);
        GL.createCapabilities();
        glfwSwapInterval(o.vsync() ? 1 : 0);
        ViewerWindow window = new ViewerWindow(w);
        ImGui.createContext();
        ImGui.getIO().setIniFilename(null); // the layout is fixed; no imgui.ini in the user's folder
        window.glyphRanges = ViewerFont.install();
        window.clear = WindowBackground.opaque(ImGui.getStyle().getColor(ImGuiCol.WindowBg));
        window.imguiGlfw.init(w, true);
        // an expose or resize: the window system lost (part of) the picture, so the next frame is drawn
        window.refresh = org.lwjgl.glfw.GLFWWindowRefreshCallback.create(h -> window.damage.mark());
        glfwSetWindowRefreshCallback(w, window.refresh);
        window.imguiGl3.init("#version 330 core");
        return window;
    }

    boolean shouldClose() {
        return glfwWindowShouldClose(handle);
    }

    void setTitle(String title) {
        glfwSetWindowTitle(handle, title);
    }

    /** Starts a frame: events in, a new ImGui frame; a synthetic mouse, when given, replaces the real one. */
    void beginFrame(SyntheticMouse mouse) {
        glfwPollEvents();
        imguiGlfw.newFrame();
        if (mouse != null) {
            ImGui.getIO().setMousePos((float) mouse.x(), (float) mouse.y());
            ImGui.getIO().setMouseDown(0, mouse.left());
            ImGui.getIO().setMouseDown(1, mouse.right());
            ImGui.getIO().setMouseWheel(mouse.wheel());
        }
        ImGui.newFrame();
    }

    /**
     * Ends a frame: renders ImGui into the back buffer, reads it back if asked, then swaps — unless the frame
     * would draw exactly what the window shows ({@link DrawSignature}, {@link FrameDamage}) and no capture is
     * asked, in which case nothing is drawn and the window keeps its picture (null is returned).
     */
    Screenshot endFrame(boolean capture) {
        ImGui.render();
        boolean same = signature.sameAsLast(ImGui.getDrawData());
        boolean damaged = damage.take();
        if (same && !damaged && !capture) {
            kept++;
            lastKept = true;
            return null;
        }
        drawn++;
        lastKept = false;
        int[] size = framebufferSize();
        glViewport(0, 0, size[0], size[1]);
        glClearColor(clear[0], clear[1], clear[2], 1f);
        glClear(GL_COLOR_BUFFER_BIT);
        imguiGl3.renderDrawData(ImGui.getDrawData());
        Screenshot shot = capture ? read(size[0], size[1]) : null;
        glfwSwapBuffers(handle);
        return shot;
    }

    /** Told when a texture's pixels change (the draw lists only name textures). */
    FrameDamage damage() {
        return damage;
    }

    /** Whether the last frame was kept (not drawn, no swap: nothing waited for the display's refresh). */
    boolean lastFrameKept() {
        return lastKept;
    }

    /** Sleeps until an input event arrives or {@code nanos} pass, whichever is first (events are processed). */
    void waitForEvents(long nanos) {
        if (nanos > 0) {
            glfwWaitEventsTimeout(nanos * 1e-9);
        }
    }

    /** Frames drawn and frames kept unchanged so far (the latter not rasterised again). */
    long[] frameCounts() {
        return new long[] {drawn, kept};
    }

    /** Window size in screen coordinates (ImGui's coordinates). */
    int[] windowSize() {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            var w = stack.mallocInt(1);
            var h = stack.mallocInt(1);
            glfwGetWindowSize(handle, w, h);
            return new int[] {w.get(0), h.get(0)};
        }
    }

    private int[] framebufferSize() {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            var w = stack.mallocInt(1);
            var h = stack.mallocInt(1);
            glfwGetFramebufferSize(handle, w, h);
            return new int[] {w.get(0), h.get(0)};
        }
    }

    /** glReadPixels of the back buffer, flipped so row 0 is the top of the window. */
    private static Screenshot read(int width, int height) {
        ByteBuffer buf = MemoryUtil.memAlloc(4 * width * height);
        try {
            glPixelStorei(GL_PACK_ALIGNMENT, 1);
            glReadBuffer(GL_BACK);
            glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, buf);
            byte[] rgba = new byte[4 * width * height];
            for (int y = 0; y < height; y++) {
                buf.position(4 * width * (height - 1 - y));
                buf.get(rgba, 4 * width * y, 4 * width);
            }
            return new Screenshot(width, height, rgba);
        } finally {
            MemoryUtil.memFree(buf);
        }
    }

    private static String lastError() {
        try (MemoryStack stack = MemoryStack.stackPush()) {
            PointerBuffer description = stack.mallocPointer(1);
            int code = glfwGetError(description);
            return code == GLFW_NO_ERROR ? "no error reported" : MemoryUtil.memUTF8Safe(description.get(0));
        }
    }

    @Override
    public void close() {
        imguiGl3.dispose();
        imguiGlfw.dispose();
        ImGui.destroyContext();
        if (glyphRanges != null) {
            MemoryUtil.memFree(glyphRanges);
            glyphRanges = null;
        }
        if (refresh != null) {
            glfwSetWindowRefreshCallback(handle, null);
            refresh.free();
            refresh = null;
        }
        glfwDestroyWindow(handle);
        glfwTerminate();
    }
}
