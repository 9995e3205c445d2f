package org.modalis.training.exercise;

import java.util.Locale;

/** Numbers as written in CSV files: shortest round-trip form, no locale, integers without ".0". */
final class Num {

    private Num() {
    }

    static String text(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }

    /** Parses a number a student wrote; null when blank. */
    static Double parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return Double.parseDouble(s.strip());
    }
}
