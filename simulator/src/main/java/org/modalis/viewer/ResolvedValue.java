package org.modalis.viewer;

import com.fasterxml.jackson.databind.JsonNode;

/** The value of a dotted key in a scenario's resolved parameters ({@code Scenario.resolvedTree()}), as the text an override would write. */
final class ResolvedValue {

    private ResolvedValue() {
    }

    /** "720" for {@code ct.views}; "" when the key is absent. */
    static String of(JsonNode resolvedTree, String dottedKey) {
        JsonNode n = resolvedTree.at("/" + dottedKey.replace('.', '/'));
        if (n.isMissingNode() || n.isNull()) {
            return "";
        }
        return n.isNumber() ? NumberText.of(n.asDouble()) : n.asText();
    }
}
