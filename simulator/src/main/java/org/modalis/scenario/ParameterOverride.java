package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One {@code --set key=value} from the command line: a dotted key ({@code ct.views},
 * {@code ct.motion.shift_mm}, {@code ct.bad_bins[0].gain}) and a value read as a YAML scalar or flow
 * collection, so {@code 90}, {@code true}, {@code hann}, {@code [5,0]} and {@code {bin: 3, gain: 1.1}}
 * all mean what they would in the file. Errors are located at the override itself, its "file" being the
 * override as typed.
 *
 * @param text  the override as typed, "ct.views=90"
 * @param key   the key path it sets
 * @param value the parsed value (JSON null for an empty value)
 */
public record ParameterOverride(String text, KeyPath key, JsonNode value) {

    /** Parses "key=value"; the key is checked against the format later, by {@link #applyTo}. */
    public static ParameterOverride parse(String text) {
        SourceLocation where = SourceLocation.ofOverride(text);
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw where.error(null, "expected key=value", "e.g. --set ct.views=90");
        }
        String keyText = text.substring(0, eq).strip();
        if (!keyText.matches("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+|\\[\\d+])*")) {
            throw where.error(null, "'" + keyText + "' is not a dotted key", "e.g. ct.views or ct.bad_bins[0].gain");
        }
        KeyPath key = KeyPath.parseDotted(keyText);
        JsonNode value = new YamlTreeReader(where.file(), new SourceMap(where), false)
                .read(text.substring(eq + 1), key);
        return new ParameterOverride(text, key, value == null ? NullNode.getInstance() : value);
    }

    /** Where errors about this override are reported. */
    public SourceLocation location() {
        return SourceLocation.ofOverride(text);
    }

    /**
     * Sets the value in {@code tree}, creating missing sections, after checking every key against the
     * format (an unknown key is reported with the closest valid one); records the override in {@code map}.
     */
    void applyTo(ObjectNode tree, SourceMap map, ScenarioSchema schema) {
        KeyPath at = KeyPath.ROOT;
        for (Object segment : key.segments()) { // check the whole key first: a typo is the likelier mistake
            checkSegment(schema.specAt(at), at, segment, schema);
            at = segment instanceof Integer idx ? at.child(idx) : at.child((String) segment);
        }
        JsonNode node = tree;
        at = KeyPath.ROOT;
        for (int i = 0; i < key.segments().size(); i++) {
            Object segment = key.segments().get(i);
            KeyPath next = segment instanceof Integer idx ? at.child(idx) : at.child((String) segment);
            if (i == key.segments().size() - 1) {
                set(node, segment, value.deepCopy(), at);
            } else {
                node = descend(node, segment, next, schema.specAt(next), at);
            }
            at = next;
        }
        map.replaceSubtree(key, location());
    }

    private void checkSegment(KeySpec spec, KeyPath at, Object segment, ScenarioSchema schema) {
        boolean list = "array".equals(spec.type());
        if (segment instanceof String name && (list || spec.child(name) == null)) {
            if (spec.keys().isEmpty() && !list) {
                throw location().error(at, "'" + at.dotted() + "' is a single value; it has no key '" + name + "'", null);
            }
            throw list ? location().error(at, "'" + at.dotted() + "' is a list; choose an item by number",
                    "e.g. --set " + at.dotted() + "[0]." + name + "=...") : UnknownKey.error(location(), at, name, schema);
        }
        if (segment instanceof Integer && !list) {
            throw location().error(at, "'" + at.dotted() + "' is not a list", null);
        }
    }

    private JsonNode descend(JsonNode node, Object segment, KeyPath next, KeySpec nextSpec, KeyPath at) {
        JsonNode child = segment instanceof Integer idx ? node.get(idx) : node.get((String) segment);
        if (child == null || child.isNull()) {
            ContainerNode<?> parent = (ContainerNode<?>) node;
            child = "array".equals(nextSpec.type()) ? parent.arrayNode() : parent.objectNode();
            set(node, segment, child, at);
        }
        if (!child.isContainerNode()) {
            throw location().error(next, "cannot set '" + key.dotted() + "': '" + next.dotted()
                    + "' in the scenario is " + ValueWords.describe(child) + ", not a section", null);
        }
        return child;
    }

    private void set(JsonNode container, Object segment, JsonNode v, KeyPath at) {
        if (container instanceof ObjectNode o) {
            o.set((String) segment, v);
            return;
        }
        ArrayNode a = (ArrayNode) container;
        int idx = (Integer) segment;
        if (idx < a.size()) {
            a.set(idx, v);
        } else if (idx == a.size()) {
            a.add(v);
        } else {
            throw location().error(at.child(idx), "index " + idx + " is past the end of '" + at.dotted()
                    + "' (" + ValueWords.items(a.size()) + ")", "use " + a.size() + " to add an item");
        }
    }

}
