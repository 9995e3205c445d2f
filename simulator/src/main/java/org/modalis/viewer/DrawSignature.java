package org.modalis.viewer;

import imgui.ImDrawData;
import java.nio.ByteBuffer;

/**
 * The exact content of one frame's ImGui draw data — every vertex, index and draw command (clip rectangle,
 * texture, offsets) and the display size — kept to tell whether the next frame would draw the same pixels.
 *
 * <p>Why: on software OpenGL (Mesa llvmpipe) rasterising a 1200 × 800 frame costs 11–14 ms of CPU, taken from
 * the simulation that runs beside the window on the same cores, while during a run most frames are identical
 * (only the progress bar moves, and it is redrawn at {@link SampledProgress}'s rate). A frame whose draw data
 * equals the last one's, with no texture re-uploaded ({@link FrameDamage}), is not drawn again: the window
 * keeps showing the last one. The UI loop still runs at its rate and handles input every frame; any change
 * (hover, click, new image) is drawn in the same frame. Window thread only.
 */
final class DrawSignature {

    private ByteBuffer last = ByteBuffer.allocate(0);
    private ByteBuffer next = ByteBuffer.allocate(1 << 16);

    /** Records {@code data}'s content and says whether it equals the previous call's. */
    boolean sameAsLast(ImDrawData data) {
        next.clear();
        putFloat(data.getDisplaySizeX());
        putFloat(data.getDisplaySizeY());
        putFloat(data.getFramebufferScaleX());
        putFloat(data.getFramebufferScaleY());
        int lists = data.getCmdListsCount();
        putInt(lists);
        for (int l = 0; l < lists; l++) {
            put(data.getCmdListVtxBufferData(l));
            put(data.getCmdListIdxBufferData(l));
            int commands = data.getCmdListCmdBufferSize(l);
            putInt(commands);
            for (int c = 0; c < commands; c++) {
                putInt(data.getCmdListCmdBufferElemCount(l, c));
                putInt(data.getCmdListCmdBufferTextureId(l, c));
                putInt(data.getCmdListCmdBufferVtxOffset(l, c));
                putInt(data.getCmdListCmdBufferIdxOffset(l, c));
                var clip = data.getCmdListCmdBufferClipRect(l, c);
                putFloat(clip.x);
                putFloat(clip.y);
                putFloat(clip.z);
                putFloat(clip.w);
            }
        }
        next.flip();
        boolean same = next.equals(last);
        ByteBuffer t = last;
        last = next;
        next = t.capacity() >= last.capacity() ? t : ByteBuffer.allocate(last.capacity());
        return same;
    }

    private void put(ByteBuffer b) {
        ByteBuffer src = b.duplicate();
        src.rewind();
        ensure(4 + src.remaining());
        next.putInt(src.remaining());
        next.put(src);
    }

    private void putInt(int v) {
        ensure(4);
        next.putInt(v);
    }

    private void putFloat(float v) {
        ensure(4);
        next.putFloat(v);
    }

    private void ensure(int n) {
        if (next.remaining() < n) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(2 * next.capacity(), next.position() + n));
            next.flip();
            bigger.put(next);
            next = bigger;
        }
    }
}
