package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "must be between 1 and 20000 views, got 0": a range violation stated with both limits (when the format
 * has both) and the unit, because a student needs the allowed range, not just the broken bound.
 */
final class RangeWords {

    private RangeWords() {
    }

    static String outOfRange(KeySpec spec, JsonNode value) {
        JsonNode n = spec.node();
        String unit = spec.unit().isEmpty() ? "" : " " + spec.unit();
        String got = ", got " + ValueWords.compact(value);
        boolean lowOpen = n.has("exclusiveMinimum");
        boolean highOpen = n.has("exclusiveMaximum");
        JsonNode low = lowOpen ? n.get("exclusiveMinimum") : n.get("minimum");
        JsonNode high = highOpen ? n.get("exclusiveMaximum") : n.get("maximum");
        if (low != null && high != null && !lowOpen && !highOpen) {
            return "must be between " + ValueWords.compact(low) + " and " + ValueWords.compact(high) + unit + got;
        }
        StringBuilder sb = new StringBuilder("must be ");
        if (low != null) {
            sb.append(lowOpen ? "more than " : "at least ").append(ValueWords.compact(low)).append(unit);
        }
        if (high != null) {
            sb.append(low != null ? " and " : "").append(highOpen ? "less than " : "at most ")
                    .append(ValueWords.compact(high)).append(unit);
        }
        return sb.append(got).toString();
    }
}
