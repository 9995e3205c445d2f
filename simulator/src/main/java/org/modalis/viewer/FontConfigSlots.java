package org.modalis.viewer;

import imgui.ImFontConfig;
import org.lwjgl.system.MemoryUtil;

/**
 * Writes a native pointer into the {@code GlyphRanges} field of an ImGui {@code ImFontConfig}, which imgui-java
 * 1.86 only sets from a Java array (a pointer that dangles once the call returns: {@link ViewerFont#install}).
 *
 * <p>Dear ImGui 1.86's struct: {@code void* FontData} (0), {@code int FontDataSize} (8), {@code bool
 * FontDataOwnedByAtlas} (12), {@code int FontNo} (16), {@code float SizePixels} (20), {@code int OversampleH}
 * (24), {@code int OversampleV} (28), {@code bool PixelSnapH} (32), {@code ImVec2 GlyphExtraSpacing} (36),
 * {@code ImVec2 GlyphOffset} (44), {@code const ImWchar* GlyphRanges} (56, 8-aligned), {@code float
 * GlyphMinAdvanceX} (64), … on LP64. The layout is checked through the binding's own setters before the write —
 * the fields on both sides of the slot and the slot's NULL default — so a binding whose struct differs fails
 * loudly here instead of writing into the wrong field.
 */
final class FontConfigSlots {

    static final int SIZE_PIXELS = 20;
    static final int OVERSAMPLE_H = 24;
    static final int GLYPH_OFFSET = 44;
    static final int GLYPH_RANGES = 56;
    static final int GLYPH_MIN_ADVANCE_X = 64;

    private FontConfigSlots() {
    }

    /** Points {@code config}'s GlyphRanges at {@code address} (a zero-terminated ImWchar list in native memory). */
    static void setGlyphRanges(ImFontConfig config, long address) {
        long p = config.ptr;
        float size = config.getSizePixels();
        int oversample = config.getOversampleH();
        float offsetX = config.getGlyphOffsetX();
        float offsetY = config.getGlyphOffsetY();
        float minAdvance = config.getGlyphMinAdvanceX();
        config.setSizePixels(13.25f);
        config.setOversampleH(5);
        config.setGlyphOffset(1.25f, 2.5f);
        config.setGlyphMinAdvanceX(7.75f);
        boolean layout = MemoryUtil.memGetFloat(p + SIZE_PIXELS) == 13.25f
                && MemoryUtil.memGetInt(p + OVERSAMPLE_H) == 5
                && MemoryUtil.memGetFloat(p + GLYPH_OFFSET) == 1.25f
                && MemoryUtil.memGetFloat(p + GLYPH_OFFSET + 4) == 2.5f
                && MemoryUtil.memGetFloat(p + GLYPH_MIN_ADVANCE_X) == 7.75f
                && MemoryUtil.memGetAddress(p + GLYPH_RANGES) == 0L;
        config.setSizePixels(size);
        config.setOversampleH(oversample);
        config.setGlyphOffset(offsetX, offsetY);
        config.setGlyphMinAdvanceX(minAdvance);
        if (!layout) {
            throw new IllegalStateException("imgui-java's ImFontConfig does not have Dear ImGui 1.86's layout;"
                    + " update FontConfigSlots for the new binding");
        }
        MemoryUtil.memPutAddress(p + GLYPH_RANGES, address);
    }
}
