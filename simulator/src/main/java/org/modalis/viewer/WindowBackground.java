package org.modalis.viewer;

import imgui.ImVec4;

/**
 * The viewer's background colour, painted once per frame by the clear instead of by each fixed panel.
 *
 * <p>Why: on software OpenGL (Mesa llvmpipe, the CI's and this project's reference machine) every ImGui
 * window background is a full-area alpha-blended fill, and the panels tile the whole window, so drawing them
 * cost one blended pass over every pixel of every frame — about a third of a frame's CPU (measured: 18–22 ms
 * → 12–14 ms of CPU per 1200 × 800 frame with the panels drawn without background), CPU taken from the
 * simulation that runs beside the window on the same cores. The panels are drawn with
 * {@code ImGuiWindowFlags.NoBackground} and the clear colour is the style's translucent window background
 * already composited over what was behind it, so the pixels are the same as before.
 */
final class WindowBackground {

    /** What the translucent window background used to be drawn over. */
    static final float[] BEHIND = {0.08f, 0.08f, 0.09f};

    private WindowBackground() {
    }

    /** The opaque RGB of {@code windowBg} (RGBA, straight alpha) over {@link #BEHIND}: c·α + behind·(1 − α). */
    static float[] opaque(ImVec4 windowBg) {
        return over(new float[] {windowBg.x, windowBg.y, windowBg.z, windowBg.w}, BEHIND);
    }

    /** Source-over compositing of a straight-alpha RGBA colour onto an opaque RGB one. */
    static float[] over(float[] rgba, float[] behind) {
        float a = rgba[3];
        return new float[] {
            rgba[0] * a + behind[0] * (1 - a),
            rgba[1] * a + behind[1] * (1 - a),
            rgba[2] * a + behind[2] * (1 - a),
        };
    }
}
