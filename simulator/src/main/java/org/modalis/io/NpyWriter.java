package org.modalis.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.modalis.image.Grid;
import org.modalis.image.Image;

/**
 * Writes NumPy {@code .npy} version 1.0 files (NEP 1): little-endian, C order, header identical to the one
 * NumPy ≥ 1.24 writes for the same array (checked byte for byte against a file NumPy wrote in the tests).
 * An {@link Image} is written with shape (ny, nx), or (nz, ny, nx) for a volume, so that
 * {@code np.load(f)[j, i]} is the pixel at column i (x) and row j (y): the image's own storage order
 * (index = i + nx·(j + ny·k)) is exactly C order for that shape, so the data are written as they are.
 * Companion: {@link NpyReader}.
 */
public final class NpyWriter {

    /** Elements converted per chunk: bounds the temporary byte buffer to 512 KiB for float64. */
    private static final int CHUNK = 1 << 16;

    private NpyWriter() {
    }

    /** NumPy shape of an image: (ny, nx) for a 2-D grid, (nz, ny, nx) for a volume. */
    public static int[] shapeOf(Grid g) {
        return g.is2d() ? new int[] {g.ny(), g.nx()} : new int[] {g.nz(), g.ny(), g.nx()};
    }

    /** Writes an image's samples as {@code <f4} with shape {@link #shapeOf}; see the class comment. */
    public static void writeImage(OutputStream out, Image image) throws IOException {
        writeFloat32(out, shapeOf(image.grid()), image.data());
    }

    /** Writes an image atomically to {@code file} (see {@link AtomicFiles}). */
    public static void writeImage(Path file, Image image) throws IOException {
        AtomicFiles.write(file, out -> writeImage(out, image));
    }

    /** {@code <f4}, C order, the given shape (product must equal {@code data.length}). */
    public static void writeFloat32(OutputStream out, int[] shape, float[] data) throws IOException {
        start(out, NpyDtype.FLOAT32, shape, data.length);
        ByteBuffer b = buffer(4, data.length);
        for (int from = 0; from < data.length; from += CHUNK) {
            int n = Math.min(CHUNK, data.length - from);
            b.clear();
            b.asFloatBuffer().put(data, from, n);
            out.write(b.array(), 0, n * 4);
        }
    }

    /** {@code <f8}, C order, the given shape (product must equal {@code data.length}). */
    public static void writeFloat64(OutputStream out, int[] shape, double[] data) throws IOException {
        start(out, NpyDtype.FLOAT64, shape, data.length);
        ByteBuffer b = buffer(8, data.length);
        for (int from = 0; from < data.length; from += CHUNK) {
            int n = Math.min(CHUNK, data.length - from);
            b.clear();
            b.asDoubleBuffer().put(data, from, n);
            out.write(b.array(), 0, n * 8);
        }
    }

    /**
     * {@code <c8} (complex64), C order: {@code interleaved} holds (re, im) float pairs, so its length is twice the
     * product of {@code shape}. The header is the float32 header of the same shape with the descr swapped
     * ('<f4' and '<c8' have the same length, so NumPy's padding is unchanged).
     */
    public static void writeComplex64(OutputStream out, int[] shape, float[] interleaved) throws IOException {
        NpyHeader h = new NpyHeader(NpyDtype.FLOAT32, false, shape);
        if (2 * h.count() != interleaved.length) {
            throw new IllegalArgumentException("shape " + java.util.Arrays.toString(shape) + " holds " + h.count()
                    + " complex elements but the data have " + interleaved.length + " floats (need twice as many)");
        }
        String header = new String(h.encode(), java.nio.charset.StandardCharsets.ISO_8859_1).replace("'<f4'", "'<c8'");
        out.write(header.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ByteBuffer b = buffer(4, interleaved.length);
        for (int from = 0; from < interleaved.length; from += CHUNK) {
            int n = Math.min(CHUNK, interleaved.length - from);
            b.clear();
            b.asFloatBuffer().put(interleaved, from, n);
            out.write(b.array(), 0, n * 4);
        }
    }

    /** {@code <i2}, C order, the given shape (product must equal {@code data.length}). */
    public static void writeInt16(OutputStream out, int[] shape, short[] data) throws IOException {
        start(out, NpyDtype.INT16, shape, data.length);
        ByteBuffer b = buffer(2, data.length);
        for (int from = 0; from < data.length; from += CHUNK) {
            int n = Math.min(CHUNK, data.length - from);
            b.clear();
            b.asShortBuffer().put(data, from, n);
            out.write(b.array(), 0, n * 2);
        }
    }

    /** {@code |u1} (values 0..255 stored in Java's signed bytes), C order, the given shape. */
    public static void writeUint8(OutputStream out, int[] shape, byte[] data) throws IOException {
        start(out, NpyDtype.UINT8, shape, data.length);
        out.write(data);
    }

    private static void start(OutputStream out, NpyDtype dtype, int[] shape, int length) throws IOException {
        NpyHeader h = new NpyHeader(dtype, false, shape);
        if (h.count() != length) {
            throw new IllegalArgumentException("shape " + java.util.Arrays.toString(shape) + " holds " + h.count()
                    + " elements but the data have " + length);
        }
        out.write(h.encode());
    }

    private static ByteBuffer buffer(int itemSize, int length) {
        return ByteBuffer.allocate(itemSize * Math.max(1, Math.min(CHUNK, length))).order(ByteOrder.LITTLE_ENDIAN);
    }
}
