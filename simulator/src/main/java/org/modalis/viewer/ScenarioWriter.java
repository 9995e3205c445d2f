package org.modalis.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modalis.UserInputException;
import org.modalis.io.AtomicFiles;
import org.modalis.scenario.KeyPath;
import org.modalis.scenario.ParameterOverride;
import org.modalis.scenario.ScenarioSource;

/**
 * Saves the viewer's set-up as a scenario file: the original file's keys (lesson text, ROIs, expectations
 * included) with the overrides written in, so {@code modalis run saved.yaml} reproduces what the viewer
 * shows. A phantom given as a relative path is rewritten against the original file's folder, so the saved
 * file works from anywhere. The edits are made in the original text ({@link ScenarioTextPatch}), so comments,
 * key order and layout stay as the author wrote them; only where that cannot be done (or would not read back
 * as the same scenario) is the file rewritten from its parsed tree, without comments.
 */
public final class ScenarioWriter {

    private static final String SAVED_MARK = "# Saved by 'modalis view' from ";

    private ScenarioWriter() {
    }

    /** The YAML text of {@code source} with {@code overrides} applied. */
    public static String yaml(ScenarioSource source, OverrideSet overrides) {
        YAMLMapper mapper = new YAMLMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        ObjectNode root;
        try {
            JsonNode tree = mapper.readTree(source.text());
            if (!(tree instanceof ObjectNode o)) {
                throw new UserInputException("the scenario is not a mapping of keys", source.file(), 0, 0, null, null);
            }
            root = o;
        } catch (IOException e) {
            throw new UserInputException("cannot re-read the scenario: " + e.getMessage(), source.file(), 0, 0, null, null);
        }
        String phantom = absolutePhantom(source, root);
        List<ParameterOverride> edits = overrides.asList().stream().map(ParameterOverride::parse).toList();
        edits.forEach(o -> put(root, o.key(), o.value()));
        String header = SAVED_MARK + source.file() + "\n";
        return patchedText(source, phantom, edits, mapper, root).map(t -> header + t).orElseGet(() -> {
            try {
                return header + mapper.writeValueAsString(root);
            } catch (IOException e) {
                throw new IllegalStateException("a JSON tree always serialises", e);
            }
        });
    }

    /**
     * The original text with the same edits made in place ({@link ScenarioTextPatch}: comments and layout kept), if
     * every edit could be placed and the result reads back as exactly {@code expected}.
     */
    private static Optional<String> patchedText(ScenarioSource source, String phantom, List<ParameterOverride> edits,
                                                YAMLMapper mapper, JsonNode expected) {
        String text = source.text();
        if (text.startsWith(SAVED_MARK)) { // saved again: one header, not one per save
            text = text.substring(text.indexOf('\n') + 1);
        }
        Optional<String> patched = Optional.of(text);
        if (phantom != null) {
            patched = ScenarioTextPatch.set(text, KeyPath.parseDotted("phantom"), TextNode.valueOf(phantom));
        }
        for (ParameterOverride o : edits) {
            patched = patched.flatMap(t -> ScenarioTextPatch.set(t, o.key(), o.value()));
        }
        return patched.filter(t -> {
            try {
                return expected.equals(mapper.readTree(t));
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** Writes {@link #yaml} to {@code file} atomically. */
    public static void write(Path file, ScenarioSource source, OverrideSet overrides) throws IOException {
        byte[] bytes = yaml(source, overrides).getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** Sets {@code key} (section keys and list indices, as the loader's overrides do) in the tree. */
    private static void put(ObjectNode root, KeyPath key, JsonNode value) {
        JsonNode node = root;
        var segments = key.segments();
        for (int k = 0; k < segments.size(); k++) {
            Object segment = segments.get(k);
            boolean last = k == segments.size() - 1;
            if (segment instanceof Integer i && node instanceof ArrayNode list && i <= list.size()) {
                if (last && i == list.size()) {
                    list.add(value);
                } else if (last) {
                    list.set(i, value);
                } else {
                    node = list.get(i);
                }
            } else if (segment instanceof String name && node instanceof ObjectNode map) {
                if (last) {
                    map.set(name, value);
                } else {
                    JsonNode child = map.get(name);
                    node = child instanceof ObjectNode || child instanceof ArrayNode ? child : map.putObject(name);
                }
            } else {
                // the loader validated the override against this very text: its path exists as it says
                throw new IllegalStateException("override " + key + " does not fit the scenario's tree");
            }
        }
    }

    /** Rewrites a relative phantom file against the scenario's folder; returns the new value, or null if unchanged. */
    private static String absolutePhantom(ScenarioSource source, ObjectNode root) {
        String phantom = root.path("phantom").asText("");
        boolean isFile = phantom.toLowerCase(java.util.Locale.ROOT).matches(".*\\.ya?ml");
        if (isFile && source.folder() != null && !Path.of(phantom).isAbsolute()) {
            String absolute = source.folder().resolve(phantom).normalize().toString();
            root.put("phantom", absolute);
            return absolute;
        }
        return null;
    }
}
