package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modalis.UserInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML text into a Jackson tree while recording the line and column of every key and value in a
 * {@link SourceMap}. Uses SnakeYAML's composer (node graph with {@code Mark}s) rather than Jackson's YAML
 * parser, because only the node graph keeps positions for every value and lets us reject duplicate keys
 * with both lines named. Scalars are typed by SnakeYAML's YAML 1.1 implicit resolver (so {@code 720} is an
 * integer, {@code 1.0} a number, {@code true} a boolean, a quoted {@code "720"} text).
 */
final class YamlTreeReader {

    /** Nesting deeper than this is certainly a mistake (or a recursive alias); scenarios use 4 levels. */
    private static final int MAX_DEPTH = 64;

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final java.nio.file.Path file;
    private final SourceMap map;
    private final boolean positions;

    /**
     * @param file      file named in positions and errors (or an override's pseudo-path)
     * @param map       receives the positions
     * @param positions false for override values: everything is then located at the override itself
     */
    YamlTreeReader(java.nio.file.Path file, SourceMap map, boolean positions) {
        this.file = file;
        this.map = map;
        this.positions = positions;
    }

    /** Parses {@code text}; the tree is placed at {@code at}. Returns null for an empty document. */
    JsonNode read(String text, KeyPath at) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (YAMLException e) {
            throw YamlProblems.describe(e, file, positions);
        }
        return root == null ? null : convert(root, at, 0);
    }

    private JsonNode convert(Node node, KeyPath path, int depth) {
        if (depth > MAX_DEPTH) {
            throw at(node, path, "nesting is deeper than " + MAX_DEPTH + " levels (a recursive alias?)", null);
        }
        if (positions) {
            map.putValue(path, locate(node.getStartMark()));
        }
        if (node instanceof MappingNode m) {
            return convertMapping(m, path, depth);
        }
        if (node instanceof SequenceNode s) {
            ArrayNode out = nodes.arrayNode();
            for (Node item : s.getValue()) {
                out.add(convert(item, path.child(out.size()), depth + 1));
            }
            return out;
        }
        JsonNode v = ScalarValues.convert((ScalarNode) node, () -> at(node, path,
                "the YAML tag '" + node.getTag().getValue() + "' is not supported here; remove it", null));
        if (v.isDouble() && !Double.isFinite(v.doubleValue())) {
            // .inf/.nan would slip past open ranges (NaN fails no comparison) into the physics.
            throw at(node, path, "must be a finite number, got " + ((ScalarNode) node).getValue(), null);
        }
        return v;
    }

    private ObjectNode convertMapping(MappingNode m, KeyPath path, int depth) {
        ObjectNode out = nodes.objectNode();
        Map<String, Mark> seen = new HashMap<>();
        List<Node> merges = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            Node keyNode = t.getKeyNode();
            if (Tag.MERGE.equals(keyNode.getTag())) {
                merges.add(t.getValueNode());
                continue;
            }
            String key = keyName(keyNode, path);
            KeyPath child = path.child(key);
            Mark first = seen.putIfAbsent(key, keyNode.getStartMark());
            if (first != null) {
                String where = path.isRoot() ? "at the top level" : "in '" + path.dotted() + "'";
                throw at(keyNode, child, "key '" + key + "' appears twice " + where
                        + " (first at line " + (first.getLine() + 1) + ")", "keep only one of them");
            }
            if (positions) {
                map.putKey(child, locate(keyNode.getStartMark()));
            }
            out.set(key, convert(t.getValueNode(), child, depth + 1));
        }
        for (Node source : merges) {
            merge(source, out, path, depth);
        }
        return out;
    }

    /**
     * YAML merge key {@code <<: *defaults}: keys of the anchored section that the section does not set
     * itself are taken from it (explicit keys win; earlier sources win over later ones), located where the
     * anchored section wrote them.
     */
    private void merge(Node source, ObjectNode out, KeyPath path, int depth) {
        if (source instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                merge(item, out, path, depth);
            }
            return;
        }
        if (!(source instanceof MappingNode m)) {
            throw at(source, path, "'<<' must refer to a section, e.g. '<<: *common'", null);
        }
        List<Node> nested = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            if (Tag.MERGE.equals(t.getKeyNode().getTag())) {
                nested.add(t.getValueNode());
                continue;
            }
            String key = keyName(t.getKeyNode(), path);
            if (!out.has(key)) {
                if (positions) {
                    map.putKey(path.child(key), locate(t.getKeyNode().getStartMark()));
                }
                out.set(key, convert(t.getValueNode(), path.child(key), depth + 1));
            }
        }
        for (Node n : nested) {
            merge(n, out, path, depth);
        }
    }

    private String keyName(Node keyNode, KeyPath path) {
        if (!(keyNode instanceof ScalarNode k)) {
            throw at(keyNode, path, "a key must be a plain name, not a list or a section", null);
        }
        return k.getValue();
    }

    private UserInputException at(Node node, KeyPath path, String message, String hint) {
        SourceLocation where = positions ? locate(node.getStartMark()) : new SourceLocation(file, 0, 0);
        return where.error(path, message, hint);
    }

    private SourceLocation locate(Mark mark) {
        return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
