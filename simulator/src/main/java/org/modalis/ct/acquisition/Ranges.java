package org.modalis.ct.acquisition;

import org.modalis.UserInputException;

/** Range checks for protocol records, with the key, the allowed range and the unit in the message. */
final class Ranges {

    private Ranges() {
    }

    static void check(String key, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw new UserInputException("must be between " + fmt(min) + " and " + fmt(max) + " " + unit + ", got " + fmt(value),
                    null, 0, 0, key, null);
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
