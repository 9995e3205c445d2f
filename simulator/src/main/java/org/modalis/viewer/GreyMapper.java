package org.modalis.viewer;

import org.modalis.image.Window;

/**
 * Windowing on the CPU into RGBA bytes for a texture, with exactly {@link Window#grey}'s mapping, so the
 * grey level on screen is the one the PNG export and the tests compute. Rows are written top first; for a
 * CT image the top row is the largest y (anterior up, as {@code image.png}), for a sinogram view 0.
 */
public final class GreyMapper {

    private GreyMapper() {
    }

    /**
     * Fills {@code rgba} (4·nx·ny bytes) from {@code data} (x fastest) windowed by {@code window}.
     *
     * @param flipY true to put row ny−1 at the top (images), false to keep row 0 at the top (sinograms)
     */
    public static void map(float[] data, int nx, int ny, Window window, boolean flipY, byte[] rgba) {
        if (data.length < (long) nx * ny || rgba.length < 4L * nx * ny) {
            throw new IllegalArgumentException("buffers too small for " + nx + "×" + ny);
        }
        for (int row = 0; row < ny; row++) {
            int j = flipY ? ny - 1 - row : row;
            int src = j * nx;
            int dst = 4 * row * nx;
            for (int i = 0; i < nx; i++) {
                byte g = (byte) window.grey(data[src + i]);
                rgba[dst++] = g;
                rgba[dst++] = g;
                rgba[dst++] = g;
                rgba[dst++] = (byte) 255;
            }
        }
    }
}
