package org.modalis.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/** NpyWriter output is byte-identical to NumPy 1.24's np.save for the same arrays, and round-trips. */
class NpyWriterTest {

    @TempDir
    Path tmp;

    private static float[] floats(double[] d, double offset) {
        float[] f = new float[d.length];
        for (int k = 0; k < d.length; k++) {
            f[k] = (float) (d[k] + offset);
        }
        return f;
    }

    private static byte[] bytes(IOConsumer<java.io.OutputStream> body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.accept(out);
        return out.toByteArray();
    }

    @Test
    void float32MatchesNumpyByteForByte() throws IOException {
        byte[] ours = bytes(o -> NpyWriter.writeFloat32(o, new int[] {2, 3}, floats(NpyFixtures.ramp(2, 3), -0.25)));
        assertArrayEquals(Files.readAllBytes(NpyFixtures.path("numpy_f4_2x3.npy")), ours);
        byte[] oneD = bytes(o -> NpyWriter.writeFloat32(o, new int[] {5}, floats(NpyFixtures.ramp(5), -0.25)));
        assertArrayEquals(Files.readAllBytes(NpyFixtures.path("numpy_f4_1d.npy")), oneD);
    }

    @Test
    void float64Int16Uint8MatchNumpyByteForByte() throws IOException {
        double[] d = NpyFixtures.ramp(2, 3, 4);
        for (int k = 0; k < d.length; k++) {
            d[k] -= 0.25;
        }
        assertArrayEquals(Files.readAllBytes(NpyFixtures.path("numpy_f8_2x3x4.npy")),
                bytes(o -> NpyWriter.writeFloat64(o, new int[] {2, 3, 4}, d)));
        double[] r = NpyFixtures.ramp(3, 2);
        short[] s = new short[r.length];
        for (int k = 0; k < r.length; k++) {
            s[k] = (short) -r[k];
        }
        assertArrayEquals(Files.readAllBytes(NpyFixtures.path("numpy_i2_3x2.npy")),
                bytes(o -> NpyWriter.writeInt16(o, new int[] {3, 2}, s)));
        byte[] u = {0, 1, 10, 11};
        assertArrayEquals(Files.readAllBytes(NpyFixtures.path("numpy_u1_2x2.npy")),
                bytes(o -> NpyWriter.writeUint8(o, new int[] {2, 2}, u)));
    }

    @Test
    void headerIsPaddedToA64ByteMultipleEndingInNewline() throws IOException {
        // NEP 1: the data start is aligned to 64 bytes; the byte before it is '\n'.
        for (int[] shape : new int[][] {{}, {7}, {123456, 1}, {2, 3, 4}, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}}) {
            byte[] h = new NpyHeader(NpyDtype.FLOAT32, false, shape).encode();
            assertEquals(0, h.length % 64, "header length for shape " + java.util.Arrays.toString(shape));
            assertEquals('\n', h[h.length - 1]);
        }
    }

    @Test
    void imageRoundTripsWithRowsAsYAndColumnsAsX() throws IOException {
        Grid g = new Grid(4, 3, 1, 1e-3, 1e-3, 1e-3);
        Image img = Image.zeros(g, "CT number", "HU", new Window(0, 100));
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 4; i++) {
                img.data()[g.index(i, j, 0)] = 10 * j + i + 0.5f; // value encodes (row j, column i)
            }
        }
        Path f = tmp.resolve("img.npy");
        NpyWriter.writeImage(f, img);
        NpyArray a = NpyReader.read(f);
        assertArrayEquals(new int[] {3, 4}, a.shape());
        assertEquals(21.5, a.data()[2 * 4 + 1]); // C-order element [j=2, i=1]
        assertArrayEquals(img.data(), a.toFloats());
        Image back = a.toImage(1e-3, 1e-3, 1e-3, "CT number", "HU", new Window(0, 100));
        assertEquals(g, back.grid());
        assertEquals(21.5f, back.at(1, 2));
    }

    @Test
    void volumeRoundTripsExactlyIncludingSpecialValues() throws IOException {
        Grid g = new Grid(3, 2, 5, 1e-3, 1e-3, 2e-3);
        float[] v = new float[30];
        for (int k = 0; k < v.length; k++) {
            v[k] = (float) Math.scalb(1.0 + k / 7.0, k - 15);
        }
        v[3] = Float.NaN;
        v[4] = Float.NEGATIVE_INFINITY;
        v[5] = Float.MIN_VALUE;
        Path f = tmp.resolve("vol.npy");
        NpyWriter.writeImage(f, new Image(g, v, "μ", "1/m", new Window(0, 1)));
        NpyArray a = NpyReader.read(f);
        assertArrayEquals(new int[] {5, 2, 3}, a.shape());
        assertArrayEquals(v, a.toFloats()); // float → double → float is exact, NaN included
    }

    @Test
    void largeArraySpanningSeveralChunksRoundTrips() throws IOException {
        double[] d = new double[200_003]; // > 3 chunks of 65 536 elements, odd tail
        for (int k = 0; k < d.length; k++) {
            d[k] = Math.sin(k * 0.001) * 1e3;
        }
        Path f = tmp.resolve("big.npy");
        AtomicFiles.write(f, o -> NpyWriter.writeFloat64(o, new int[] {d.length}, d));
        assertArrayEquals(d, NpyReader.read(f).data());
    }

    @Test
    void shapeThatDoesNotMatchTheDataIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> NpyWriter.writeFloat32(new ByteArrayOutputStream(), new int[] {2, 2}, new float[5]));
    }
}
