package org.modalis.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/** Grey PNGs decode back to the windowed values with the documented row order. */
class PngWriterTest {

    @TempDir
    Path tmp;

    /** 3 columns × 2 rows; row j = 0 (smallest y) holds −1000 HU, row j = 1 holds 0..200 HU. */
    private static Image ramp() {
        Grid g = new Grid(3, 2, 1, 1e-3, 1e-3, 1e-3);
        return new Image(g, new float[] {-1000, -1000, -1000, 0, 100, 200}, "CT number", "HU", new Window(100, 200));
    }

    private static BufferedImage roundTrip(IOConsumer<java.io.OutputStream> body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.accept(out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void radiologicalOrderPutsTheLargestYOnTop() throws IOException {
        BufferedImage p = roundTrip(o -> PngWriter.writeGrey(o, ramp()));
        assertEquals(3, p.getWidth());
        assertEquals(2, p.getHeight());
        // Window 100 ± 100 HU: 0 HU → 0, 100 HU → 127.5 → 128 (rounded), 200 HU → 255; −1000 clamps to 0.
        assertArrayEquals(new int[] {0, 128, 255, 0, 0, 0}, p.getRaster().getPixels(0, 0, 3, 2, (int[]) null));
    }

    @Test
    void arrayOrderPutsRowZeroOnTop() throws IOException {
        BufferedImage p = roundTrip(o -> PngWriter.writeGrey(o, ramp(), 0, new Window(100, 200),
                PngRowOrder.ROW_ZERO_AT_TOP));
        assertArrayEquals(new int[] {0, 0, 0, 0, 128, 255}, p.getRaster().getPixels(0, 0, 3, 2, (int[]) null));
    }

    @Test
    void volumeSliceIsRenderedFromItsOwnStorage() {
        Grid g = new Grid(2, 2, 3, 1e-3, 1e-3, 1e-3);
        float[] v = new float[12];
        for (int p = 0; p < 12; p++) {
            v[p] = p; // slice k holds 4k .. 4k + 3
        }
        BufferedImage p = PngWriter.render(new Image(g, v, "", "1", new Window(6, 12)), 2, new Window(6, 12),
                PngRowOrder.ROW_ZERO_AT_TOP);
        // Window 0..12: value x → round(x/12·255): 8 → 170, 9 → 191.25 → 191, 10 → 212.5 → 213, 11 → 233.75 → 234.
        assertArrayEquals(new int[] {170, 191, 213, 234}, p.getRaster().getPixels(0, 0, 2, 2, (int[]) null));
    }

    @Test
    void sameImageGivesSameBytesAndRgbRoundTrips() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PngWriter.writeGrey(a, ramp());
        PngWriter.writeGrey(b, ramp());
        assertArrayEquals(a.toByteArray(), b.toByteArray());

        BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xFF8000);
        rgb.setRGB(1, 0, 0x0080FF);
        Path f = tmp.resolve("sheet.png");
        PngWriter.writeRgb(f, rgb);
        BufferedImage back = ImageIO.read(f.toFile());
        assertEquals(0xFF8000, back.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x0080FF, back.getRGB(1, 0) & 0xFFFFFF);
    }
}
