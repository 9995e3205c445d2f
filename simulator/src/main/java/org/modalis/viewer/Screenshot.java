package org.modalis.viewer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.modalis.io.PngWriter;

/**
 * The window's framebuffer as read back after a frame (glReadPixels), top row first.
 *
 * @param width  framebuffer width [pixels]
 * @param height framebuffer height [pixels]
 * @param rgba   4·width·height bytes, row 0 at the top of the window
 */
public record Screenshot(int width, int height, byte[] rgba) {

    public Screenshot {
        if (rgba.length != 4 * width * height) {
            throw new IllegalArgumentException("expected " + 4 * width * height + " bytes, got " + rgba.length);
        }
    }

    /** Red, green, blue (0–255) of the pixel at screen column x, row y (y = 0 at the top). */
    public int[] rgb(int x, int y) {
        int o = 4 * (y * width + x);
        return new int[] {rgba[o] & 0xff, rgba[o + 1] & 0xff, rgba[o + 2] & 0xff};
    }

    /** The picture, for PNG export. */
    public BufferedImage picture() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] c = rgb(x, y);
                img.setRGB(x, y, (c[0] << 16) | (c[1] << 8) | c[2]);
            }
        }
        return img;
    }

    public void writePng(Path file) throws IOException {
        PngWriter.writeRgb(file, picture());
    }
}
