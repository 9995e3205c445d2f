package org.modalis.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modalis.UserInputException;

/**
 * The header of a NumPy {@code .npy} file (NEP 1, "A simple file format for NumPy arrays"): element type,
 * memory order and shape. {@link #encode()} writes the version 1.0 header byte for byte as NumPy ≥ 1.24
 * does (dict keys sorted, 21-digit growth padding after the dict, spaces and a final newline so that the
 * data start on a multiple of 64 bytes); {@link #parse} reads the dict of any version.
 *
 * @param dtype        element type
 * @param fortranOrder true if the first index varies fastest (Fortran order), false for C order
 * @param shape        dimensions, slowest-varying first in C order; empty for a 0-d array
 */
public record NpyHeader(NpyDtype dtype, boolean fortranOrder, int[] shape) {

    /** Magic string: {@code \x93NUMPY}. */
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** Alignment of the data start (NumPy's ARRAY_ALIGN). */
    private static final int ALIGN = 64;
    /** Spare room NumPy leaves after the dict so the growth axis can be rewritten in place. */
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*(?:'([^']*)'|\"([^\"]*)\"|(\\[))");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    public NpyHeader {
        shape = shape.clone();
        for (int n : shape) {
            if (n < 0) {
                throw new IllegalArgumentException("shape entries must be ≥ 0, got " + Arrays.toString(shape));
            }
        }
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Number of elements: the product of the shape (1 for a 0-d array). */
    public long count() {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    /** Whether {@code b} starts with the .npy magic string. */
    static boolean startsWithMagic(byte[] b) {
        return b.length >= MAGIC.length && Arrays.equals(b, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The complete version 1.0 preamble (magic, version, length, dict, padding, newline). */
    public byte[] encode() {
        StringBuilder dict = new StringBuilder("{'descr': '").append(dtype.descr())
                .append("', 'fortran_order': ").append(fortranOrder ? "True" : "False")
                .append(", 'shape': ").append(shapeRepr()).append(", }");
        if (shape.length > 0) {
            int growth = shape[fortranOrder ? shape.length - 1 : 0];
            dict.append(" ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(growth).length()));
        }
        byte[] text = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
        int hlen = text.length + 1;
        int padlen = ALIGN - ((MAGIC.length + 2 + 2 + hlen) % ALIGN);
        int total = hlen + padlen;
        if (total > 0xFFFF) {
            throw new IllegalArgumentException("header of " + total + " bytes does not fit a version 1.0 file");
        }
        byte[] out = new byte[MAGIC.length + 4 + total];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        out[6] = 1;
        out[7] = 0;
        out[8] = (byte) (total & 0xFF);
        out[9] = (byte) (total >>> 8);
        System.arraycopy(text, 0, out, 10, text.length);
        Arrays.fill(out, 10 + text.length, out.length - 1, (byte) ' ');
        out[out.length - 1] = '\n';
        return out;
    }

    /** Python's repr of the shape tuple: {@code ()}, {@code (5,)}, {@code (2, 3)}. */
    private String shapeRepr() {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(')').toString();
    }

    /**
     * Parses the header dict text (the Python literal between the length field and the data).
     *
     * @throws UserInputException naming {@code file} when a key is missing or malformed
     */
    public static NpyHeader parse(String dict, Path file) {
        Matcher d = DESCR.matcher(dict);
        if (!d.find()) {
            throw malformed(file, "no 'descr' entry in header " + quote(dict));
        }
        if (d.group(3) != null) {
            throw new UserInputException("dtype is a structured (record) array: expected a real float or"
                    + " integer array", file, 0, 0, null, null);
        }
        NpyDtype dtype = NpyDtype.parse(d.group(1) != null ? d.group(1) : d.group(2), file);
        Matcher f = FORTRAN.matcher(dict);
        if (!f.find()) {
            throw malformed(file, "no 'fortran_order' entry in header " + quote(dict));
        }
        Matcher s = SHAPE.matcher(dict);
        if (!s.find()) {
            throw malformed(file, "no 'shape' tuple in header " + quote(dict));
        }
        return new NpyHeader(dtype, f.group(1).equals("True"), parseShape(s.group(1), file));
    }

    private static int[] parseShape(String tuple, Path file) {
        List<Integer> dims = new ArrayList<>();
        for (String part : tuple.split(",")) {
            String t = part.strip();
            if (t.endsWith("L")) {
                t = t.substring(0, t.length() - 1); // Python 2 long literal, as old NumPy wrote it
            }
            if (t.isEmpty()) {
                continue;
            }
            try {
                long v = Long.parseLong(t);
                if (v < 0 || v > Integer.MAX_VALUE) {
                    throw malformed(file, "shape entry " + v + " out of range 0.." + Integer.MAX_VALUE);
                }
                dims.add((int) v);
            } catch (NumberFormatException e) {
                throw malformed(file, "shape entry '" + t + "' is not an integer");
            }
        }
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String quote(String s) {
        String t = s.strip();
        return "\"" + (t.length() > 120 ? t.substring(0, 120) + "…" : t) + "\"";
    }

    static UserInputException malformed(Path file, String what) {
        return new UserInputException("not a valid .npy file: " + what, file, 0, 0, null, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && h.dtype.equals(dtype) && h.fortranOrder == fortranOrder
                && Arrays.equals(h.shape, shape);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * dtype.hashCode() + Boolean.hashCode(fortranOrder)) + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return "NpyHeader[" + dtype.descr() + ", " + (fortranOrder ? "F" : "C") + ", " + shapeRepr() + "]";
    }
}
