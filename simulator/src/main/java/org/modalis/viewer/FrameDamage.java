package org.modalis.viewer;

/**
 * Whether something the ImGui draw lists do not describe changed since the window last drew: a texture's pixels
 * (a new image uploaded under the same texture name) or the window's contents lost (an expose). The draw lists
 * themselves are compared by {@link DrawSignature}. Window thread only.
 */
final class FrameDamage {

    private boolean damaged = true;

    /** Something on screen changed outside the draw lists: the next frame must be drawn. */
    void mark() {
        damaged = true;
    }

    /** Whether the screen was damaged since the last call; clears the mark. */
    boolean take() {
        boolean d = damaged;
        damaged = false;
        return d;
    }
}
