package org.modalis.viewer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.modalis.scenario.KeyPath;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Sets values in a YAML text in place, so a saved scenario keeps the author's comments, key order, flow-style
 * ROI lists and folded lesson texts: an existing value's characters are replaced (SnakeYAML's node marks give
 * their span), a missing key is inserted after its mapping's last entry with the same indentation (or before the
 * closing brace of a flow mapping), a missing section is appended. Values are written as plain scalars where that
 * reads back as the same text, otherwise in JSON syntax (a JSON string is a YAML double-quoted scalar, a JSON
 * array or object a YAML flow collection).
 *
 * <p>An edit it cannot place (a key path through a list it does not hold, a value whose mapping is not a
 * mapping) gives empty; {@link ScenarioWriter} then re-reads the patched text and uses it only if it parses to
 * exactly the tree it meant to write.
 */
final class ScenarioTextPatch {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Text safe to write unquoted: starts with a letter or {@code /} (a path), then letters, digits and {@code _ - . /}. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z/][A-Za-z0-9_./\\-]*");
    /** Words that YAML 1.1 reads as booleans or null when unquoted. */
    private static final List<String> RESERVED = List.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");
    private static final String INDENT = "  ";

    private ScenarioTextPatch() {
    }

    /** {@code text} with {@code key} set to {@code value}, or empty if the edit cannot be placed in the text. */
    static Optional<String> set(String text, KeyPath key, JsonNode value) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (YAMLException e) {
            return Optional.empty();
        }
        if (!(root instanceof MappingNode) || key.segments().isEmpty()) {
            return Optional.empty();
        }
        String rendered = render(value);
        Node node = root;
        List<Object> path = key.segments();
        for (int k = 0; k < path.size(); k++) {
            Object segment = path.get(k);
            Node child = child(node, segment);
            if (child == null) {
                if (!(node instanceof MappingNode m) || !allKeys(path.subList(k, path.size()))) {
                    return Optional.empty();
                }
                return Optional.of(insert(text, m, path.subList(k, path.size()), rendered));
            }
            node = child;
        }
        int start = node.getStartMark().getIndex();
        int end = node.getEndMark().getIndex();
        if (node instanceof ScalarNode) {
            // A block scalar (| or >) ends after its trailing line break: keep that break.
            while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
                end--;
            }
            return Optional.of(text.substring(0, start) + rendered + text.substring(end));
        }
        return Optional.empty(); // replacing a whole section or list: left to the tree rewrite
    }

    /** The value of {@code segment} in a mapping (a key) or a sequence (an index), or null. */
    private static Node child(Node node, Object segment) {
        if (node instanceof MappingNode m && segment instanceof String name) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(name)) {
                    return t.getValueNode();
                }
            }
            return null;
        }
        if (node instanceof SequenceNode s && segment instanceof Integer i && i < s.getValue().size()) {
            return s.getValue().get(i);
        }
        return null;
    }

    private static boolean allKeys(List<Object> segments) {
        return segments.stream().allMatch(s -> s instanceof String);
    }

    /** Inserts {@code keys[0]: … keys[n−1]: rendered} as a new entry of mapping {@code m}. */
    private static String insert(String text, MappingNode m, List<Object> keys, String rendered) {
        if (m.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            int close = m.getEndMark().getIndex() - 1; // the '}'
            String entry = flowEntry(keys, 0, rendered);
            String sep = m.getValue().isEmpty() ? "" : ", ";
            return text.substring(0, close) + sep + entry + text.substring(close);
        }
        String indent = m.getValue().isEmpty() ? "" : " ".repeat(m.getValue().get(0).getKeyNode().getStartMark().getColumn());
        StringBuilder entry = new StringBuilder();
        for (int k = 0; k < keys.size(); k++) {
            entry.append(indent).append(INDENT.repeat(k)).append(keys.get(k)).append(':');
            entry.append(k == keys.size() - 1 ? " " + rendered : "").append('\n');
        }
        if (m.getValue().isEmpty()) {
            return text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + entry;
        }
        Node last = m.getValue().get(m.getValue().size() - 1).getValueNode();
        int at = last.getEndMark().getIndex();
        if (last.getEndMark().getColumn() != 0) { // past the value's own line, and any comment on it
            int newline = text.indexOf('\n', at);
            if (newline < 0) {
                return text + "\n" + entry;
            }
            at = newline + 1;
        }
        return text.substring(0, at) + entry + text.substring(at);
    }

    private static String flowEntry(List<Object> keys, int k, String rendered) {
        return keys.get(k) + ": " + (k == keys.size() - 1 ? rendered : "{" + flowEntry(keys, k + 1, rendered) + "}");
    }

    /**
     * The value as YAML: a plain scalar where it reads back as the same text, else a JSON string (a YAML
     * double-quoted scalar); lists and mappings in flow style.
     */
    static String render(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new java.util.ArrayList<>();
            value.forEach(v -> items.add(render(v)));
            return "[" + String.join(", ", items) + "]";
        }
        if (value.isObject()) {
            List<String> entries = new java.util.ArrayList<>();
            value.fields().forEachRemaining(e -> entries.add(render(JSON.getNodeFactory().textNode(e.getKey())) + ": "
                    + render(e.getValue())));
            return "{" + String.join(", ", entries) + "}";
        }
        if (value.isTextual()) {
            String s = value.textValue();
            if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON scalar always serialises", e);
        }
    }
}
