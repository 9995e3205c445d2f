package org.modalis.gpu;

/** Where the heavy operators run: the Java CPU twins or the OpenGL compute twins. */
public enum Backend {
    /** Java, on the common fork-join pool. */
    CPU,
    /** OpenGL 4.3 compute shaders ({@link GlContext}). */
    GPU
}
