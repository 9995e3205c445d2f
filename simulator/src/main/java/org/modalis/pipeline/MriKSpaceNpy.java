package org.modalis.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modalis.UserInputException;

/**
 * Reads a complex k-space from a NumPy {@code .npy} file: complex64 ({@code <c8}) or complex128
 * ({@code <c16}), little-endian, C order, format 1.0–3.0 (NEP 1), as interleaved (re, im) floats. The shared
 * {@code io.NpyReader} reads real arrays only; this is the complex counterpart MRI needs (a candidate for io).
 *
 * @param shape the array's shape
 * @param data  2·(product of shape) floats, (re, im) pairs in C order
 */
public record MriKSpaceNpy(int[] shape, float[] data) {

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=]?)(c8|c16)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** Reads {@code file}; every problem is a {@link UserInputException} naming the file. */
    public static MriKSpaceNpy read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] pre = in.readNBytes(8);
            if (pre.length < 8 || (pre[0] & 0xFF) != 0x93 || !new String(pre, 1, 5, StandardCharsets.ISO_8859_1).equals("NUMPY")) {
                throw bad(file, "not a .npy file (magic bytes missing)");
            }
            int major = pre[6];
            byte[] len = in.readNBytes(major == 1 ? 2 : 4);
            long hlen = 0;
            for (int i = len.length - 1; i >= 0; i--) {
                hlen = (hlen << 8) | (len[i] & 0xFF);
            }
            if (hlen > 10_000) {
                throw bad(file, "header of " + hlen + " bytes is too long");
            }
            String header = new String(in.readNBytes((int) hlen), StandardCharsets.ISO_8859_1);
            Matcher d = DESCR.matcher(header), f = FORTRAN.matcher(header), s = SHAPE.matcher(header);
            if (!d.find() || d.group(1).equals(">")) {
                throw bad(file, "k-space must be little-endian complex64 or complex128; header " + header.trim());
            }
            if (!f.find() || f.group(1).equals("True") || !s.find()) {
                throw bad(file, "k-space must be in C order with a shape; header " + header.trim());
            }
            int[] shape = parseShape(s.group(1), file);
            long n = 1;
            for (int v : shape) {
                n *= v;
            }
            if (n <= 0 || n > (Integer.MAX_VALUE - 8) / 2) {
                throw bad(file, "k-space of " + n + " samples is empty or too large");
            }
            return new MriKSpaceNpy(shape, decode(in, (int) n, d.group(2).equals("c16"), file));
        } catch (IOException e) {
            throw bad(file, "cannot read .npy file: " + e.getMessage());
        }
    }

    private static int[] parseShape(String text, Path file) {
        String[] parts = text.split(",");
        int count = 0;
        int[] shape = new int[parts.length];
        for (String p : parts) {
            if (!p.isBlank()) {
                try {
                    shape[count++] = Integer.parseInt(p.trim());
                } catch (NumberFormatException e) {
                    throw bad(file, "shape (" + text + ") is not a list of integers");
                }
            }
        }
        return java.util.Arrays.copyOf(shape, count);
    }

    private static float[] decode(InputStream in, int n, boolean doubles, Path file) throws IOException {
        int bytes = doubles ? 16 : 8;
        byte[] raw = in.readNBytes(n * bytes);
        if (raw.length < (long) n * bytes) {
            throw bad(file, "data section holds " + raw.length / bytes + " of " + n + " samples");
        }
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            out[i] = doubles ? (float) b.getDouble() : b.getFloat();
        }
        return out;
    }

    private static UserInputException bad(Path file, String message) {
        return new UserInputException(message, file, 0, 0, null, null);
    }
}
