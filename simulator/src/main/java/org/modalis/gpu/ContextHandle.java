package org.modalis.gpu;

/**
 * A native context made current on the calling thread by one of the routes ({@link EglContextFactory},
 * {@link GlfwContextFactory}); {@link #destroy()} must be called on that same thread.
 */
interface ContextHandle {

    /** Words for reports, e.g. "EGL device platform". */
    String route();

    /** Releases the context (current thread only). */
    void destroy();
}
