package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Describes a value the user wrote, in the words an error message needs ("the text 'abc'", "a list of 3 items"). */
final class ValueWords {

    private ValueWords() {
    }

    /** What the user gave: "the text 'abc'", "1.5", "true", "nothing", "a list of 3 items", "a section with keys a, b". */
    static String describe(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "nothing (an empty value)";
        }
        if (v.isTextual()) {
            String t = v.asText();
            return t.isEmpty() ? "an empty text" : "the text '" + (t.length() > 40 ? t.substring(0, 37) + "..." : t) + "'";
        }
        if (v.isNumber()) {
            return compact(v);
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        if (v.isArray()) {
            return v.size() == 1 ? "a list of 1 item" : "a list of " + v.size() + " items";
        }
        List<String> keys = new ArrayList<>();
        v.fieldNames().forEachRemaining(keys::add);
        return keys.isEmpty() ? "an empty section" : "a section with keys " + String.join(", ", keys);
    }

    /** A number without noise: 20000 (not 20000.0), 0.05, 1.0E-5 → 0.00001. */
    static String compact(JsonNode n) {
        if (!n.isNumber()) {
            return n.asText();
        }
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue().toString();
        }
        return number(n.doubleValue());
    }

    /** A double without noise: 570 (not 570.0), 0.25. */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.length() > 16 ? Double.toString(d) : s;
    }
}
