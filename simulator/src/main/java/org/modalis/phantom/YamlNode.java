package org.modalis.phantom;

import org.modalis.ClosestName;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.modalis.UserInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a YAML document that knows where it came from: the file, its key path (e.g.
 * {@code regions[3].tissue}) and its line and column, read from SnakeYAML's node marks (SnakeYAML comes with
 * jackson-dataformat-yaml). Every accessor reports a mistake as a {@link UserInputException} at this place.
 */
final class YamlNode {

    private final Node node;
    private final String path;
    private final Path file;

    private YamlNode(Node node, String path, Path file) {
        this.node = node;
        this.path = path;
        this.file = file;
    }

    /** Parses a whole document; syntax errors carry SnakeYAML's problem mark. */
    static YamlNode parse(String text, Path file) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (root == null) {
                throw new UserInputException("empty phantom file", file, 0, 0, null, null);
            }
            return new YamlNode(root, "", file);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            int line = m == null ? 0 : m.getLine() + 1, col = m == null ? 0 : m.getColumn() + 1;
            throw new UserInputException("YAML syntax error: " + e.getProblem(), file, line, col, null, null);
        }
    }

    String path() {
        return path;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    UserInputException error(String message, String hint) {
        return new UserInputException(message, file, line(), node.getStartMark().getColumn() + 1,
                path.isEmpty() ? null : path, hint);
    }

    private Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode map)) {
            throw error("expected a mapping of keys to values", null);
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            YamlNode value = new YamlNode(tuple.getValueNode(), path.isEmpty() ? key : path + "." + key, file);
            if (out.put(key, value) != null) {
                throw new YamlNode(tuple.getKeyNode(), value.path, file).error("duplicate key", null);
            }
        }
        return out;
    }

    /** Rejects keys outside {@code allowed}, suggesting the closest allowed one. */
    void allowKeys(Collection<String> allowed) {
        Set<String> ok = new HashSet<>(allowed);
        for (YamlNode child : entries().values()) {
            String key = child.path.substring(child.path.lastIndexOf('.') + 1);
            if (!ok.contains(key)) {
                throw child.error("unknown key '" + key + "'", ClosestName.hint(key, allowed));
            }
        }
    }

    Optional<YamlNode> find(String key) {
        return Optional.ofNullable(entries().get(key));
    }

    YamlNode get(String key) {
        return find(key).orElseThrow(() -> error("missing key '" + key + "'", null));
    }

    boolean has(String key) {
        return entries().containsKey(key);
    }

    String text() {
        if (!(node instanceof ScalarNode s)) {
            throw error("expected a single value", null);
        }
        return s.getValue();
    }

    double number() {
        String t = text();
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw error("expected a finite number, got '" + t + "'", null);
            }
            return v;
        } catch (NumberFormatException e) {
            throw error("expected a number, got '" + t + "'", null);
        }
    }

    int integer() {
        double v = number();
        if (v != Math.rint(v)) {
            throw error("expected an integer, got " + text(), null);
        }
        return (int) v;
    }

    List<YamlNode> list() {
        if (!(node instanceof SequenceNode seq)) {
            throw error("expected a list", null);
        }
        List<YamlNode> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            out.add(new YamlNode(n, path + "[" + out.size() + "]", file));
        }
        return out;
    }

    /** A list of numbers whose length is one of {@code lengths}. */
    double[] numbers(int... lengths) {
        List<YamlNode> items = list();
        boolean ok = false;
        for (int n : lengths) {
            ok |= items.size() == n;
        }
        if (!ok) {
            throw error("expected a list of " + joined(lengths) + " numbers, got " + items.size(), null);
        }
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = items.get(i).number();
        }
        return out;
    }

    private static String joined(int[] lengths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lengths.length; i++) {
            sb.append(i == 0 ? "" : " or ").append(lengths[i]);
        }
        return sb.toString();
    }
}
