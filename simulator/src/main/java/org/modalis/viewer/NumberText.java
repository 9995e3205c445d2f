package org.modalis.viewer;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as the viewer writes them into overrides and labels: integers without ".0", others compactly. */
final class NumberText {

    private NumberText() {
    }

    /** "90" for 90.0, "0.25" for 0.25, "1e-05" style never: plain decimal with at most 6 significant digits; "inf" for an open bound. */
    static String of(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf"; // an open bound of an expectation (min only)
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros();
        return d.toPlainString();
    }
}
