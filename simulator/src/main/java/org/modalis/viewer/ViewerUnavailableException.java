package org.modalis.viewer;

/** No window could be opened: no display, no GLFW, or no OpenGL 3.3 context. The message says which. */
public final class ViewerUnavailableException extends Exception {

    public ViewerUnavailableException(String message) {
        super(message);
    }
}
