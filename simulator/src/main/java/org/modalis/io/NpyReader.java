package org.modalis.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.modalis.UserInputException;

/**
 * Reads NumPy {@code .npy} files of format versions 1.0, 2.0 and 3.0 (NEP 1) holding a real numeric array
 * ({@link NpyDtype}: float32/64, signed and unsigned integers of 1–8 bytes, bool; either byte order),
 * in C or Fortran order, and returns the data as double in C order ({@link NpyArray}). Every malformed
 * file is reported as a {@link UserInputException} naming the file and what is wrong. A file whose
 * data section is longer than the shape needs is rejected (NumPy would silently ignore the excess; here
 * it more likely means the wrong file or a wrong shape). Companion: {@link NpyWriter}.
 */
public final class NpyReader {

    /** Elements decoded per read: bounds the temporary buffer. */
    private static final int CHUNK = 1 << 16;
    /** NumPy refuses headers above this size too (numpy.lib.format._MAX_HEADER_SIZE). */
    private static final int MAX_HEADER = 10_000;
    /** Largest Java array we allocate. */
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8L;

    private NpyReader() {
    }

    /** Reads the file; see the class comment. */
    public static NpyArray read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            byte[] pre = in.readNBytes(8);
            if (pre.length < 8 || !NpyHeader.startsWithMagic(pre)) {
                throw new UserInputException("not a .npy file (magic bytes missing)", file, 0, 0, null, null);
            }
            int major = pre[6] & 0xFF;
            int minor = pre[7] & 0xFF;
            if (minor != 0 || major < 1 || major > 3) {
                throw NpyHeader.malformed(file, "format version " + major + "." + minor
                        + " not supported (expected 1.0, 2.0 or 3.0)");
            }
            int lengthBytes = major == 1 ? 2 : 4;
            long hlen = littleEndian(in.readNBytes(lengthBytes), lengthBytes, file);
            NpyHeader h = parseHeader(in, hlen, major, file);
            return readData(in, h, size - 8 - lengthBytes - hlen, file);
        } catch (NoSuchFileException e) {
            throw new UserInputException("cannot read .npy file: no such file", file, 0, 0, null, null);
        } catch (AccessDeniedException e) {
            throw new UserInputException("cannot read .npy file: permission denied", file, 0, 0, null, null);
        } catch (IOException e) {
            throw new UserInputException("cannot read .npy file: " + e.getMessage(), file, 0, 0, null, null);
        }
    }

    private static long littleEndian(byte[] b, int n, Path file) {
        if (b.length < n) {
            throw NpyHeader.malformed(file, "truncated before the header length");
        }
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[i] & 0xFF);
        }
        return v;
    }

    private static NpyHeader parseHeader(InputStream in, long hlen, int major, Path file) throws IOException {
        if (hlen > MAX_HEADER) {
            throw NpyHeader.malformed(file, "header length " + hlen + " exceeds " + MAX_HEADER + " bytes");
        }
        byte[] text = in.readNBytes((int) hlen);
        if (text.length < hlen) {
            throw NpyHeader.malformed(file, "truncated header (" + text.length + " of " + hlen + " bytes)");
        }
        String dict = new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        if (!dict.endsWith("\n") || !dict.strip().startsWith("{") || !dict.strip().endsWith("}")) {
            throw NpyHeader.malformed(file, "header is not a newline-terminated Python dict literal");
        }
        return NpyHeader.parse(dict, file);
    }

    private static NpyArray readData(InputStream in, NpyHeader h, long available, Path file) throws IOException {
        long n = h.count();
        int item = h.dtype().itemSize();
        if (n > MAX_ELEMENTS) {
            throw new UserInputException("array of " + n + " elements is too large to load (at most "
                    + MAX_ELEMENTS + ")", file, 0, 0, null, null);
        }
        if (available != n * item) {
            throw NpyHeader.malformed(file, "shape " + Arrays.toString(h.shape()) + " of " + h.dtype().descr()
                    + " needs " + n * item + " bytes of data but the file has " + available);
        }
        double[] out = new double[(int) n];
        IndexOrder order = new IndexOrder(h.shape(), h.fortranOrder());
        byte[] chunk = new byte[(int) Math.min(n, CHUNK) * item];
        ByteBuffer b = ByteBuffer.wrap(chunk).order(h.dtype().order());
        for (long done = 0; done < n; ) {
            int m = (int) Math.min(CHUNK, n - done);
            if (in.readNBytes(chunk, 0, m * item) < m * item) {
                throw NpyHeader.malformed(file, "data ended early");
            }
            for (int k = 0; k < m; k++) {
                out[order.next()] = h.dtype().get(b, k);
            }
            done += m;
        }
        return new NpyArray(h.shape(), out, h.dtype());
    }

    /**
     * Walks the elements in file order and yields each one's C-order index: the identity for C order,
     * a transposition for Fortran order (first index fastest in the file).
     */
    private static final class IndexOrder {
        private final int[] shape;
        private final long[] cStride;
        private final int[] idx;
        private final boolean fortran;
        private int linear;
        private long cIndex;

        IndexOrder(int[] shape, boolean fortran) {
            this.shape = shape;
            this.fortran = fortran && shape.length > 1;
            this.idx = new int[shape.length];
            this.cStride = new long[shape.length];
            long s = 1;
            for (int d = shape.length - 1; d >= 0; d--) {
                cStride[d] = s;
                s *= shape[d];
            }
        }

        int next() {
            if (!fortran) {
                return linear++;
            }
            int current = (int) cIndex;
            for (int d = 0; d < shape.length; d++) { // odometer with the first index fastest
                idx[d]++;
                cIndex += cStride[d];
                if (idx[d] < shape[d]) {
                    break;
                }
                cIndex -= (long) idx[d] * cStride[d];
                idx[d] = 0;
            }
            return current;
        }
    }
}
