package org.modalis.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.modalis.UserInputException;
import org.modalis.io.AtomicFiles;
import org.modalis.scenario.KeyPath;
import org.modalis.scenario.ParameterOverride;
import org.modalis.scenario.ScenarioSource;

/**
 * Saves the viewer's set-up as a scenario file: the original file's keys (lesson text, ROIs, expectations
 * included) with the overrides written in, so {@code modalis run saved.yaml} reproduces what the viewer
 * shows. A phantom given as a relative path is rewritten against the original file's folder, so the saved
 * file works from anywhere. Comments and YAML anchors of the original are not kept (the tree is rewritten).
 */
public final class ScenarioWriter {

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
        absolutePhantom(source, root);
        for (String text : overrides.asList()) {
            ParameterOverride o = ParameterOverride.parse(text);
            put(root, o.key(), o.value());
        }
        try {
            return "# Saved by 'modalis view' from " + source.file() + "\n" + mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
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

    private static void put(ObjectNode root, KeyPath key, JsonNode value) {
        ObjectNode section = root;
        var segments = key.segments();
        for (int k = 0; k < segments.size() - 1; k++) {
            String name = String.valueOf(segments.get(k));
            JsonNode child = section.get(name);
            section = child instanceof ObjectNode o ? o : section.putObject(name);
        }
        section.set(String.valueOf(segments.get(segments.size() - 1)), value);
    }

    private static void absolutePhantom(ScenarioSource source, ObjectNode root) {
        String phantom = root.path("phantom").asText("");
        boolean isFile = phantom.toLowerCase(java.util.Locale.ROOT).matches(".*\\.ya?ml");
        if (isFile && source.folder() != null && !Path.of(phantom).isAbsolute()) {
            root.put("phantom", source.folder().resolve(phantom).normalize().toString());
        }
    }
}
