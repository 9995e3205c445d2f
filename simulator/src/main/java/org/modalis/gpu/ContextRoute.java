package org.modalis.gpu;

/**
 * How {@link GlContext} obtains an OpenGL context without showing a window. {@link #AUTO} tries EGL first
 * and falls back to a hidden GLFW window where EGL is absent or fails.
 */
public enum ContextRoute {
    /** EGL, then GLFW. */
    AUTO,
    /** EGL only: the device platform (EGL_EXT_platform_device), then Mesa's surfaceless platform. */
    EGL,
    /** A hidden GLFW window: GLFW's null platform with the EGL context API when no display is set. */
    GLFW
}
