package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import imgui.ImFontConfig;
import java.nio.ShortBuffer;
import org.junit.jupiter.api.Test;
import org.lwjgl.system.MemoryUtil;

/**
 * The glyph-range pointer goes into ImGui's own config struct, and the fields the check sets are put back: the
 * font's ranges then live in native memory, not in a Java array the garbage collector may move.
 */
class FontConfigSlotsTest {

    @Test
    void writesTheNativeRangesIntoTheGlyphRangesFieldAndRestoresTheProbedFields() {
        ImFontConfig config = new ImFontConfig();
        ShortBuffer ranges = MemoryUtil.memAllocShort(ViewerFont.RANGES.length);
        try {
            ranges.put(ViewerFont.RANGES).flip();
            float size = config.getSizePixels();
            int oversample = config.getOversampleH();
            FontConfigSlots.setGlyphRanges(config, MemoryUtil.memAddress(ranges));
            assertEquals(MemoryUtil.memAddress(ranges), MemoryUtil.memGetAddress(config.ptr + FontConfigSlots.GLYPH_RANGES));
            assertEquals(size, config.getSizePixels());
            assertEquals(oversample, config.getOversampleH());
            assertEquals(0f, config.getGlyphOffsetX());
            assertEquals(0f, config.getGlyphMinAdvanceX());
            // the list ImGui reads: pairs of inclusive code points, zero-terminated, Greek among them
            assertEquals(0x0370, ranges.get(2));
            assertEquals(0, ranges.get(ViewerFont.RANGES.length - 1));
        } finally {
            MemoryUtil.memPutAddress(config.ptr + FontConfigSlots.GLYPH_RANGES, 0L);
            config.destroy();
            MemoryUtil.memFree(ranges);
        }
    }
}
