package org.modalis.viewer;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.ByteBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * An RGBA8 texture on the window's context that shows one windowed image. Nearest-neighbour sampling: each
 * image pixel is a sharp square at any zoom (as radiology viewers show pixels), and the grey on screen is
 * exactly the mapped grey (no interpolation between texels), which the framebuffer tests rely on. Window
 * thread only.
 */
final class GlTexture implements AutoCloseable {

    private final int id;
    private final FrameDamage damage;
    private int width;
    private int height;
    private ByteBuffer staging;

    /** @param damage marked on every upload: the draw lists name the texture, not its pixels */
    GlTexture(FrameDamage damage) {
        this.damage = damage;
        id = glGenTextures();
        glBindTexture(GL_TEXTURE_2D, id);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    }

    int id() {
        return id;
    }

    /** Uploads {@code w × h} RGBA bytes, top row first (ImGui maps texture row 0 to the top). */
    void upload(byte[] rgba, int w, int h) {
        int n = 4 * w * h;
        if (staging == null || staging.capacity() < n) {
            if (staging != null) {
                MemoryUtil.memFree(staging);
            }
            staging = MemoryUtil.memAlloc(n);
        }
        staging.clear();
        staging.put(rgba, 0, n).flip();
        glBindTexture(GL_TEXTURE_2D, id);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        if (w != width || h != height) {
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, staging);
            width = w;
            height = h;
        } else {
            glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, staging);
        }
        damage.mark();
    }

    @Override
    public void close() {
        glDeleteTextures(id);
        if (staging != null) {
            MemoryUtil.memFree(staging);
            staging = null;
        }
    }
}
