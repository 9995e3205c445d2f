package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a section or list left blank ({@code recon:} with every line under it commented out) as empty
 * rather than as YAML's null: that is what a person editing a lesson means, and the defaults then apply.
 */
final class BlankSections {

    private BlankSections() {
    }

    /** Replaces, in place, null values of section- or list-typed keys by an empty section or list. */
    static void fill(JsonNode node, KeySpec spec) {
        if (spec == null) {
            return;
        }
        if (node instanceof ObjectNode o) {
            for (String key : spec.keys()) {
                KeySpec child = spec.child(key);
                JsonNode v = o.get(key);
                if (v != null && v.isNull() && "object".equals(child.type())) {
                    o.putObject(key);
                } else if (v != null && v.isNull() && "array".equals(child.type())) {
                    o.putArray(key);
                } else if (v != null) {
                    fill(v, child);
                }
            }
        } else if (node instanceof ArrayNode a && spec.items() != null) {
            a.forEach(item -> fill(item, spec.items()));
        }
    }
}
