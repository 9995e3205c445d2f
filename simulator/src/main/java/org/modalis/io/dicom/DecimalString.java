package org.modalis.io.dicom;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Text forms of numbers for the DS (decimal string, at most 16 characters) and IS (integer string, at most
 * 12 characters, −2³¹ … 2³¹−1) value representations (PS3.5 §6.2). A DS keeps as many significant digits as
 * fit in 16 characters (at least 8 for any finite double), so 0.48828125 mm round-trips exactly.
 */
public final class DecimalString {

    private static final int DS_MAX = 16;

    private DecimalString() {
    }

    /** The shortest faithful DS text of {@code v} that fits in 16 characters. */
    public static String of(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a DICOM decimal string must be finite, got " + v);
        }
        if (v == 0) {
            return "0";
        }
        for (int digits = 15; digits >= 1; digits--) {
            BigDecimal b = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
            String plain = b.scale() <= 0 ? b.toBigInteger().toString() : b.toPlainString();
            if (plain.length() <= DS_MAX) {
                return plain;
            }
            String sci = String.format(Locale.ROOT, "%." + (digits - 1) + "E", v);
            if (sci.length() <= DS_MAX) {
                return sci;
            }
        }
        throw new IllegalArgumentException("cannot write " + v + " in 16 characters");
    }

    /** The IS text of {@code v}, which must fit a signed 32-bit integer. */
    public static String ofInteger(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a DICOM integer string holds −2³¹ … 2³¹−1, got " + v);
        }
        return Long.toString(v);
    }
}
