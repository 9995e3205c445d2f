package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One key's entry in the scenario schema, read for messages and documentation: its type, range, unit
 * ({@code x-unit}), example ({@code examples} and {@code x-example-note}), allowed values and sub-keys.
 *
 * @param node the JSON-schema object describing the key
 */
record KeySpec(JsonNode node) {

    /** "integer", "number", "string", "boolean", "object", "array", or "" when untyped. */
    String type() {
        return node.path("type").asText("");
    }

    /** Unit shown after numbers ("mm", "views"), or "" when dimensionless. */
    String unit() {
        return node.path("x-unit").asText("");
    }

    /** The sub-keys of a section, in schema order (the order of the docs and the resolved tree). */
    List<String> keys() {
        List<String> out = new ArrayList<>();
        node.path("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The spec of a sub-key, or null when the section has no such key. */
    KeySpec child(String key) {
        JsonNode c = node.path("properties").get(key);
        return c == null ? null : new KeySpec(c);
    }

    /** The spec of a list's items, or null when this is not a list. */
    KeySpec items() {
        JsonNode c = node.get("items");
        return c == null ? null : new KeySpec(c);
    }

    List<String> enumValues() {
        List<String> out = new ArrayList<>();
        node.path("enum").forEach(v -> out.add(v.asText()));
        return out;
    }

    /** Whether the key is a modality's protocol section, filled with defaults only for that modality. */
    boolean isModalitySection() {
        return node.path("x-modality-section").asBoolean(false);
    }

    JsonNode defaultValue() {
        return node.get("default");
    }

    /** "e.g. 720 for a full scan", from the first example; null when the schema has none. */
    String exampleHint() {
        JsonNode ex = node.path("examples").path(0);
        if (ex.isMissingNode()) {
            return null;
        }
        // No unit here: every message that carries this hint states the unit already.
        String value = ex.isTextual() ? ex.asText() : ValueWords.compact(ex);
        String note = node.has("x-example-note") ? " " + node.get("x-example-note").asText() : "";
        return "e.g. " + value + note;
    }

    /** "a whole number (views)", "a number (mm)", "a text", … for "expected …" messages. */
    String typeWords() {
        String words = switch (type()) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "a text";
            case "boolean" -> "true or false";
            case "object" -> "a section of 'key: value' lines";
            case "array" -> "a list";
            default -> "a value";
        };
        if (type().equals("array") && items() != null && !items().type().isEmpty()) {
            words = "a list of " + items().typeWords().replaceFirst("^an? ", "") + "s";
        }
        return unit().isEmpty() ? words : words + " (" + unit() + ")";
    }
}
