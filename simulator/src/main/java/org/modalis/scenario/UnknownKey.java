package org.modalis.scenario;

import org.modalis.UserInputException;

/**
 * The error for a key the format does not know, the commonest hand-editing mistake: "unknown key 'viewz'
 * in 'ct'" with the closest valid key at that level, or, when the key exists in another section, where it
 * belongs ("views" at the top level → "ct.views"), or else the list of allowed keys.
 */
final class UnknownKey {

    private UnknownKey() {
    }

    static UserInputException error(SourceLocation where, KeyPath parent, String key, ScenarioSchema schema) {
        KeySpec spec = schema.specAt(parent);
        String in = parent.isRoot() ? "at the top level" : "in '" + parent.dotted() + "'";
        String hint = spec == null ? null : KeySuggestion.didYouMean(key, spec.keys());
        if (hint == null) {
            String elsewhere = schema.keyNamedElsewhere(key);
            if (elsewhere != null) {
                hint = "did you mean '" + elsewhere + "'? it belongs in the '"
                        + elsewhere.substring(0, elsewhere.lastIndexOf('.')) + "' section";
            }
        }
        if (hint == null && spec != null) {
            hint = "allowed keys " + in + ": " + String.join(", ", spec.keys());
        }
        return where.error(parent.child(key), "unknown key '" + key + "' " + in, hint);
    }
}
