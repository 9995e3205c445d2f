package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.modalis.UserInputException;
import org.modalis.image.Window;

/**
 * Loads a scenario: reads the YAML keeping every position, applies {@code --set} overrides, validates
 * against {@code scenario.schema.json} and the cross-field rules, applies defaults, and builds the
 * {@link Scenario}. Every problem becomes a {@link UserInputException} naming file, line, column and key;
 * {@link #load} throws the first by position in the file, {@link #check} returns them all.
 */
public final class ScenarioLoader {

    private final ScenarioSchema schema;
    private final ClassLoader resources;

    /** A loader with the bundled schema; classpath phantoms are looked up with this class's loader. */
    public ScenarioLoader() {
        this(new ScenarioSchema(), ScenarioLoader.class.getClassLoader());
    }

    public ScenarioLoader(ScenarioSchema schema, ClassLoader resources) {
        this.schema = schema;
        this.resources = resources;
    }

    /** Loads a scenario file with overrides ("ct.views=90"); throws the first problem. */
    public Scenario load(Path file, List<String> overrides) {
        return load(ScenarioSource.read(file), overrides);
    }

    /** Loads a scenario text with overrides; throws the first problem (by position in the file). */
    public Scenario load(ScenarioSource source, List<String> overrides) {
        Attempt a = attempt(source, overrides);
        if (!a.problems.isEmpty()) {
            throw a.problems.get(0);
        }
        return a.scenario;
    }

    /** Every problem found, file problems first by line and column, then override problems; empty if valid. */
    public List<UserInputException> check(ScenarioSource source, List<String> overrides) {
        return attempt(source, overrides).problems;
    }

    private static final class Attempt {
        final List<UserInputException> problems = new ArrayList<>();
        Scenario scenario;
    }

    private Attempt attempt(ScenarioSource source, List<String> overrideTexts) {
        Attempt a = new Attempt();
        SourceMap map = new SourceMap(new SourceLocation(source.file(), 1, 1));
        try {
            ObjectNode tree = readTree(source, map);
            applyOverrides(tree, overrideTexts, map, a.problems);
            BlankSections.fill(tree, schema.rootSpec());
            new ViolationMessages(schema, map).collect(tree, a.problems);
            if (a.problems.isEmpty()) {
                ObjectNode resolved = new ScenarioDefaults(schema).resolve(tree, source.name());
                CrossFieldChecks cross = new CrossFieldChecks(map);
                cross.check(resolved);
                a.problems.addAll(cross.problems());
                if (a.problems.isEmpty()) {
                    a.scenario = build(source, resolved, map, cross.warnings());
                }
            }
        } catch (UserInputException e) {
            a.problems.add(e);
        }
        a.problems.sort(byPosition(source.file()));
        return a;
    }

    private static ObjectNode readTree(ScenarioSource source, SourceMap map) {
        JsonNode root = new YamlTreeReader(source.file(), map, true).read(source.text(), KeyPath.ROOT);
        if (root == null) {
            throw new UserInputException("the scenario is empty", source.file(), 0, 0, null,
                    "a scenario needs at least 'modality: ct' and 'phantom: <name>'");
        }
        if (!root.isObject()) {
            throw map.value(KeyPath.ROOT).error(KeyPath.ROOT, "a scenario is a list of 'key: value' lines, but this file holds "
                    + ValueWords.describe(root), "start with 'modality: ct' and 'phantom: <name>'");
        }
        return (ObjectNode) root;
    }

    private void applyOverrides(ObjectNode tree, List<String> texts, SourceMap map, List<UserInputException> problems) {
        for (String text : texts) {
            try {
                ParameterOverride.parse(text).applyTo(tree, map, schema);
            } catch (UserInputException e) {
                problems.add(e);
            }
        }
    }

    /** Scenario-file problems first, in reading order; then the rest (overrides) in the order found. */
    private static Comparator<UserInputException> byPosition(Path file) {
        return Comparator.<UserInputException>comparingInt(e -> file.equals(e.file()) ? 0 : 1)
                .thenComparingInt(UserInputException::line)
                .thenComparingInt(UserInputException::column);
    }

    private Scenario build(ScenarioSource source, ObjectNode r, SourceMap map, List<String> warnings) {
        String modality = r.get("modality").asText();
        List<ScenarioRoi> rois = new ArrayList<>();
        // mm in the file, m in the code: ROIs are given in mm because that is how images are annotated.
        r.path("rois").forEach(n -> rois.add(new ScenarioRoi(n.get("name").asText(), n.get("x_mm").doubleValue() * 1e-3,
                n.get("y_mm").doubleValue() * 1e-3, n.get("r_mm").doubleValue() * 1e-3)));
        List<Expectation> expectations = new ArrayList<>();
        r.path("expect").forEach(n -> expectations.add(new Expectation(n.get("metric").asText(),
                n.has("min") ? n.get("min").doubleValue() : Double.NEGATIVE_INFINITY,
                n.has("max") ? n.get("max").doubleValue() : Double.POSITIVE_INFINITY, n.path("why").asText(""))));
        JsonNode d = r.get("display");
        Window display = d == null ? null : new Window(d.get("level").doubleValue(), d.get("width").doubleValue());
        return new Scenario(source.name(), source.file(), r.get("title").asText(),
                r.get("objective").asText(), r.get("look_for").asText(), modality,
                phantom(source, r.get("phantom").asText(), map), r.get("seed").longValue(), r, rois,
                expectations, display, warnings, map);
    }

    private PhantomRef phantom(ScenarioSource source, String value, SourceMap map) {
        if (!PhantomRef.looksLikePath(value)) {
            return new PhantomRef.Named(value);
        }
        KeyPath key = KeyPath.ROOT.child("phantom");
        if (source.folder() != null) {
            Path p = source.folder().resolve(value).normalize();
            if (!Files.isRegularFile(p)) {
                throw map.value(key).error(key, "no phantom file '" + value + "' (looked for " + p + ")",
                        "a path is relative to the scenario's folder; or give a built-in phantom's name");
            }
            return new PhantomRef.InFile(p);
        }
        String resource = Path.of(source.resourceFolder()).resolve(value).normalize().toString().replace('\\', '/');
        if (resources.getResource(resource) == null) {
            throw map.value(key).error(key, "no phantom '" + value + "' beside this built-in scenario (looked for "
                    + resource + " on the classpath)", null);
        }
        return new PhantomRef.OnClasspath(resource);
    }
}
