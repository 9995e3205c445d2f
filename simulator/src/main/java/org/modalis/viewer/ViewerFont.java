package org.modalis.viewer;

import imgui.ImFontConfig;
import imgui.ImGui;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lwjgl.system.MemoryUtil;

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

    /**
     * Adds the font to the current ImGui context's atlas as its default and builds the atlas at once; call before
     * the renderer's init. Returns the native glyph-range list, to be freed ({@link MemoryUtil#memFree}) only after
     * the ImGui context is destroyed.
     *
     * <p>Why not {@code addFontFromMemoryTTF(byte[], …, short[])}: imgui-java 1.86 hands ImGui pointers into the
     * Java arrays (pinned only during that call), and ImGui keeps them to read when it builds the atlas later; a
     * garbage collection in between moves the arrays and the build reads freed memory (seen: a SIGSEGV in
     * {@code getTexDataAsRGBA32} when a test's viewer opened while other threads allocated). So the font is read
     * by ImGui itself from a file (ImGui then owns its copy) and the ranges live in native memory
     * ({@link FontConfigSlots}); nothing ImGui keeps points into the Java heap.
     */
    static ShortBuffer install() {
        ShortBuffer ranges = MemoryUtil.memAllocShort(RANGES.length);
        ranges.put(RANGES).flip();
        Path file = null;
        ImFontConfig config = new ImFontConfig();
        try {
            file = Files.createTempFile("modalis-font", ".ttf");
            Files.write(file, read("viewer/fonts/DejaVuSansCondensed.ttf"));
            FontConfigSlots.setGlyphRanges(config, MemoryUtil.memAddress(ranges));
            ImGui.getIO().getFonts().addFontFromFileTTF(file.toString(), SIZE_PX, config);
            ImGui.getIO().getFonts().build();
            return ranges;
        } catch (IOException e) {
            MemoryUtil.memFree(ranges);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            MemoryUtil.memFree(ranges);
            throw e;
        } finally {
            config.destroy();
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
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
