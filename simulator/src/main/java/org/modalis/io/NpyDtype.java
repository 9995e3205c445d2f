package org.modalis.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.modalis.UserInputException;

/**
 * A NumPy array-protocol type string restricted to the real numeric types Modalis reads: a byte-order
 * character ({@code <} little, {@code >} big, {@code |} not applicable, {@code =} native), a kind
 * ({@code f} float, {@code i} signed, {@code u} unsigned integer, {@code b} boolean) and the item size in
 * bytes (NumPy "Data type objects", array-protocol type strings).
 *
 * @param kind     'f', 'i', 'u' or 'b'
 * @param itemSize bytes per element
 * @param order    byte order of multi-byte elements
 */
public record NpyDtype(char kind, int itemSize, ByteOrder order) {

    public static final NpyDtype FLOAT32 = new NpyDtype('f', 4, ByteOrder.LITTLE_ENDIAN);
    public static final NpyDtype FLOAT64 = new NpyDtype('f', 8, ByteOrder.LITTLE_ENDIAN);
    public static final NpyDtype INT16 = new NpyDtype('i', 2, ByteOrder.LITTLE_ENDIAN);
    public static final NpyDtype UINT8 = new NpyDtype('u', 1, ByteOrder.LITTLE_ENDIAN);

    public NpyDtype {
        boolean ok = switch (kind) {
            case 'f' -> itemSize == 4 || itemSize == 8;
            case 'i', 'u' -> itemSize == 1 || itemSize == 2 || itemSize == 4 || itemSize == 8;
            case 'b' -> itemSize == 1;
            default -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("unsupported dtype kind '" + kind + "' with " + itemSize + " bytes");
        }
    }

    /**
     * Parses a descr such as {@code <f4}, {@code >i2}, {@code |u1}; {@code file} is named in the error.
     *
     * @throws UserInputException for complex, half-precision, string, object, datetime or structured types
     */
    public static NpyDtype parse(String descr, Path file) {
        if (descr.length() >= 3 && "<>|=".indexOf(descr.charAt(0)) >= 0) {
            ByteOrder order = switch (descr.charAt(0)) {
                case '>' -> ByteOrder.BIG_ENDIAN;
                case '=' -> ByteOrder.nativeOrder();
                default -> ByteOrder.LITTLE_ENDIAN;
            };
            try {
                return new NpyDtype(descr.charAt(1), parseSize(descr.substring(2)), order);
            } catch (IllegalArgumentException unsupported) {
                // reported below with the file
            }
        }
        throw new UserInputException("dtype '" + descr + "' not supported: expected a real float (f4, f8) or"
                + " integer (i1..i8, u1..u8, b1) array", file, 0, 0, null, null);
    }

    private static int parseSize(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The descr NumPy writes for this type: {@code '|'} for one-byte types, else the byte order. */
    public String descr() {
        char o = itemSize == 1 ? '|' : order == ByteOrder.BIG_ENDIAN ? '>' : '<';
        return "" + o + kind + itemSize;
    }

    /** Reads element {@code k} (not byte offset) of a buffer already set to {@link #order()} as a double. */
    double get(ByteBuffer b, int k) {
        int p = k * itemSize;
        return switch (kind) {
            case 'f' -> itemSize == 4 ? b.getFloat(p) : b.getDouble(p);
            case 'i' -> switch (itemSize) {
                case 1 -> b.get(p);
                case 2 -> b.getShort(p);
                case 4 -> b.getInt(p);
                default -> b.getLong(p);
            };
            case 'u' -> switch (itemSize) {
                case 1 -> b.get(p) & 0xFF;
                case 2 -> b.getShort(p) & 0xFFFF;
                case 4 -> b.getInt(p) & 0xFFFF_FFFFL;
                default -> unsignedLong(b.getLong(p));
            };
            default -> b.get(p) != 0 ? 1 : 0;
        };
    }

    private static double unsignedLong(long v) {
        double d = (double) (v >>> 1) * 2.0;
        return d + (v & 1L);
    }
}
