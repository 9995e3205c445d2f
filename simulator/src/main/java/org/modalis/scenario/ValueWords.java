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
            return "a list of " + items(v.size());
        }
        List<String> keys = new ArrayList<>();
        v.fieldNames().forEachRemaining(keys::add);
        return keys.isEmpty() ? "an empty section" : "a section with keys " + String.join(", ", keys);
    }

    /** "1 item", "3 items". */
    static String items(int n) {
        return n == 1 ? "1 item" : n + " items";
    }

    /** A value as the user would write it: 20000 (not 20000.0), 0.05, [5, 0], {bin: 400, gain: 1.03}. */
    static String compact(JsonNode n) {
        if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(i -> items.add(compact(i)));
            return "[" + String.join(", ", items) + "]";
        }
        if (n.isObject()) {
            List<String> items = new ArrayList<>();
            n.properties().forEach(f -> items.add(f.getKey() + ": " + compact(f.getValue())));
            return "{" + String.join(", ", items) + "}";
        }
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
