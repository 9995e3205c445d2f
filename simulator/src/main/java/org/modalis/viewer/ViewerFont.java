package org.modalis.viewer;

import imgui.ImFontConfig;
import imgui.ImGui;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The viewer's text font: DejaVu Sans Condensed (Bitstream Vera licence, {@code viewer/fonts/DejaVu-LICENSE.txt}),
 * shipped in the jar, so the lesson texts show their physics symbols (−, σ, μ, ², ∝, ≤, →, Δ, …) instead of
 * ImGui's Latin-1 built-in font's "?". The glyph ranges baked into the atlas are {@link #RANGES}; text is
 * passed through {@link DisplayText#shown} so a character outside them is spelled in ASCII.
 */
final class ViewerFont {

    /** Pixel height of the text. */
    static final float SIZE_PX = 14f;

    /**
     * Unicode ranges baked into the atlas (pairs, inclusive, zero-terminated as ImGui wants): Basic Latin and
     * Latin-1, Greek, General Punctuation, super- and subscripts, letterlike symbols, arrows, mathematical
     * operators.
     */
    static final short[] RANGES = {
        0x0020, 0x00FF, 0x0370, 0x03FF, 0x2000, 0x206F, 0x2070, 0x209F, 0x2100, 0x214F, 0x2190, 0x21FF,
        0x2200, 0x22FF, 0,
    };

    private ViewerFont() {
    }

    /** Whether {@code c} lies in one of the {@link #RANGES}. */
    static boolean covers(char c) {
        for (int k = 0; k + 1 < RANGES.length; k += 2) {
            if (c >= RANGES[k] && c <= RANGES[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Adds the font to the current ImGui context's atlas as its default; call before the renderer's init. */
    static void install() {
        byte[] ttf = read("viewer/fonts/DejaVuSansCondensed.ttf");
        ImFontConfig config = new ImFontConfig();
        try {
            config.setFontDataOwnedByAtlas(false);
            ImGui.getIO().getFonts().addFontFromMemoryTTF(ttf, SIZE_PX, config, RANGES);
        } finally {
            config.destroy();
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ViewerFont.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the viewer font " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
