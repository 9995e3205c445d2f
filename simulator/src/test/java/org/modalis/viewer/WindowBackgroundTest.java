package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import imgui.ImVec4;
import org.junit.jupiter.api.Test;

/** Source-over compositing of the style's window background onto the old backdrop. */
class WindowBackgroundTest {

    @Test
    void opaqueAndTransparentColoursAreTheLimits() {
        float[] behind = {0.2f, 0.4f, 0.6f};
        assertArrayEquals(new float[] {0.1f, 0.3f, 0.5f}, WindowBackground.over(new float[] {0.1f, 0.3f, 0.5f, 1f}, behind), 0f);
        assertArrayEquals(behind, WindowBackground.over(new float[] {0.9f, 0.9f, 0.9f, 0f}, behind), 0f);
    }

    @Test
    void darkStyleBackgroundComposesToTheGreyTheTranslucentPanelsGave() {
        // ImGui's dark style: WindowBg = (0.06, 0.06, 0.06, 0.94), drawn over the old clear (0.08, 0.08, 0.09):
        // 0.06·0.94 + 0.08·0.06 = 0.0612 and 0.06·0.94 + 0.09·0.06 = 0.0618.
        float[] c = WindowBackground.opaque(new ImVec4(0.06f, 0.06f, 0.06f, 0.94f));
        assertArrayEquals(new float[] {0.0612f, 0.0612f, 0.0618f}, c, 1e-6f);
    }
}
