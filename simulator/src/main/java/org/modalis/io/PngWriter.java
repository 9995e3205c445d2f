package org.modalis.io;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * PNG output: an {@link Image} slice rendered to 8-bit grey through a display {@link Window} (grey level
 * by {@link Window#grey}: 0 at level − width/2, 255 at level + width/2, clamped; NaN shows black), one
 * picture pixel per image pixel, rows ordered by a {@link PngRowOrder} (radiological
 * {@link PngRowOrder#LARGEST_Y_AT_TOP} unless asked otherwise); and RGB pictures (contact sheets, plots)
 * as they are. Encoding uses the JDK's {@code javax.imageio} PNG writer, which writes no timestamp, so the
 * same picture gives the same bytes.
 */
public final class PngWriter {

    private PngWriter() {
    }

    /** Slice {@code k} of {@code image} as 8-bit grey through {@code window}, rows in {@code order}. */
    public static BufferedImage render(Image image, int k, Window window, PngRowOrder order) {
        Grid g = image.grid();
        if (k < 0 || k >= g.nz()) {
            throw new IllegalArgumentException("slice " + k + " outside 0.." + (g.nz() - 1));
        }
        BufferedImage out = new BufferedImage(g.nx(), g.ny(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        float[] data = image.data();
        for (int r = 0; r < g.ny(); r++) {
            int src = g.index(0, order.imageRow(r, g.ny()), k);
            int dst = r * g.nx(); // TYPE_BYTE_GRAY: one byte per pixel, scanline stride nx
            for (int i = 0; i < g.nx(); i++) {
                px[dst + i] = (byte) window.grey(data[src + i]);
            }
        }
        return out;
    }

    /** Writes slice 0 of {@code image} through its own default window, radiological row order. */
    public static void writeGrey(OutputStream out, Image image) throws IOException {
        writeGrey(out, image, 0, image.window(), PngRowOrder.LARGEST_Y_AT_TOP);
    }

    /** Writes slice {@code k} through {@code window} with rows in {@code order}. */
    public static void writeGrey(OutputStream out, Image image, int k, Window window, PngRowOrder order)
            throws IOException {
        writeRgb(out, render(image, k, window, order));
    }

    /** Writes slice 0 atomically to {@code file} through the image's window, radiological row order. */
    public static void writeGrey(Path file, Image image) throws IOException {
        AtomicFiles.write(file, out -> writeGrey(out, image));
    }

    /** Writes any {@link BufferedImage} (RGB, ARGB, grey) as PNG. */
    public static void writeRgb(OutputStream out, BufferedImage picture) throws IOException {
        if (!ImageIO.write(picture, "png", out)) {
            throw new IllegalStateException("no PNG writer for image type " + picture.getType());
        }
    }

    /** Writes a picture atomically to {@code file}. */
    public static void writeRgb(Path file, BufferedImage picture) throws IOException {
        AtomicFiles.write(file, out -> writeRgb(out, picture));
    }
}
