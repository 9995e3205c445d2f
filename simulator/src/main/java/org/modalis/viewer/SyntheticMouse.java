package org.modalis.viewer;

/**
 * A mouse state that replaces the real one for a frame: the test hook for the mouse habits (wheel zoom,
 * right-drag window/level, left-drag tools), fed to ImGui exactly where the GLFW backend feeds the real
 * mouse, so the panels' own interaction code runs.
 *
 * @param x     cursor x [screen pixels from the window's left]
 * @param y     cursor y [screen pixels from the window's top]
 * @param left  left button held
 * @param right right button held
 * @param wheel wheel notches this frame (positive = away from the user = zoom in)
 */
public record SyntheticMouse(double x, double y, boolean left, boolean right, float wheel) {
}
