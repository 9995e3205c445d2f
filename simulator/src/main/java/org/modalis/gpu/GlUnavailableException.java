package org.modalis.gpu;

/**
 * No OpenGL 4.3 core context with compute shaders could be made on this machine; the message says why
 * for every route tried (EGL, hidden GLFW window). Checked, so that callers decide between falling back
 * to the CPU ({@code --backend auto}) and reporting a user error ({@code --backend gpu}).
 */
public final class GlUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public GlUnavailableException(String message) {
        super(message);
    }
}
