package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modalis.UserInputException;

/**
 * Turns a schema violation reported by the validator into the message a student can act on, located at
 * the offending value (the key itself for an unknown key, the enclosing section for a missing one), with
 * the allowed range and unit, and a suggestion. The validator's own English is used only for keywords the
 * format does not use, so every violation still gets a located message.
 */
final class ViolationMessages {

    private final ScenarioSchema schema;
    private final SourceMap map;

    ViolationMessages(ScenarioSchema schema, SourceMap map) {
        this.schema = schema;
        this.map = map;
    }

    /** Validates {@code tree} and adds one located problem per violation. */
    void collect(JsonNode tree, List<UserInputException> out) {
        List<Error> errors = schema.validate(tree);
        // A value of the wrong type also fails its enum/range: report only the type, the root cause.
        Set<String> wrongType = new HashSet<>();
        errors.stream().filter(e -> e.getKeyword().equals("type"))
                .forEach(e -> wrongType.add(toKeyPath(e.getInstanceLocation()).pointer()));
        for (Error e : errors) {
            String at = toKeyPath(e.getInstanceLocation()).pointer();
            if (e.getKeyword().equals("type") || !wrongType.contains(at)) {
                out.add(translate(e));
            }
        }
    }

    UserInputException translate(Error e) {
        KeyPath at = toKeyPath(e.getInstanceLocation());
        KeySpec spec = schema.specAt(at);
        JsonNode value = e.getInstanceNode();
        SourceLocation where = map.value(at);
        return switch (e.getKeyword()) {
            case "additionalProperties" -> UnknownKey.error(map.key(at.child(e.getProperty())), at, e.getProperty(), schema);
            case "required" -> missing(at, e.getProperty());
            case "type" -> where.error(at, "expected " + spec.typeWords() + ", got " + ValueWords.describe(value),
                    spec.exampleHint());
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
                    where.error(at, RangeWords.outOfRange(spec, value), spec.exampleHint());
            case "enum" -> where.error(at, "must be one of " + String.join(", ", spec.enumValues())
                    + ", got " + ValueWords.describe(value), value.isTextual()
                    ? KeySuggestion.didYouMean(value.asText(), spec.enumValues()) : null);
            case "minItems", "maxItems" -> where.error(at, itemCount(spec, value), spec.exampleHint());
            case "minLength" -> where.error(at, "must not be empty", spec.exampleHint());
            default -> where.error(at, "does not fit the scenario format: " + e.getMessage(),
                    spec == null ? null : spec.exampleHint());
        };
    }

    private UserInputException missing(KeyPath section, String key) {
        KeySpec spec = schema.specAt(section.child(key));
        String in = section.isRoot() ? "" : " in '" + section.dotted() + "'";
        String example = spec == null ? null : spec.exampleHint();
        String hint = example == null ? null : "add a line '" + key + ": "
                + example.substring("e.g. ".length()).split(" ")[0] + "'";
        return map.value(section).error(section.child(key), "missing required key '" + key + "'" + in, hint);
    }

    private static String itemCount(KeySpec spec, JsonNode value) {
        int min = spec.node().path("minItems").asInt(0);
        int max = spec.node().path("maxItems").asInt(Integer.MAX_VALUE);
        String n = ValueWords.items(value.size());
        if (min == max) {
            return "needs exactly " + min + " numbers, got " + n;
        }
        return "needs between " + min + " and " + max + " items, got " + n;
    }

    /** The validator's instance location (names and indices) as our key path. */
    static KeyPath toKeyPath(NodePath p) {
        KeyPath k = KeyPath.ROOT;
        for (int i = 0; i < p.getNameCount(); i++) {
            Object el = p.getElement(i);
            k = el instanceof Integer idx ? k.child(idx) : k.child(String.valueOf(el));
        }
        return k;
    }
}
