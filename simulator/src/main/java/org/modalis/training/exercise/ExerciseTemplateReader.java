package org.modalis.training.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modalis.UserInputException;
import org.modalis.image.Window;

/**
 * Reads an exercise template: YAML → schema validation ({@code schema/exercise.schema.json}; each
 * violation names file, line and key) → the task's required keys → {@link ExerciseTemplate}.
 */
public final class ExerciseTemplateReader {

    /** Classpath location of the template schema. */
    public static final String SCHEMA = "schema/exercise.schema.json";

    private final Schema schema;

    public ExerciseTemplateReader() {
        try (InputStream in = ExerciseTemplateReader.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA, e);
        }
    }

    /** Reads a template file, or a shipped template by name ("ct-4afc" → exercises/ct-4afc.yaml on the classpath). */
    public ExerciseTemplate read(Path file) {
        String resource = "exercises/" + file.toString().replaceFirst("\\.ya?ml$", "") + ".yaml";
        if (!Files.exists(file) && ExerciseTemplateReader.class.getClassLoader().getResource(resource) != null) {
            try (InputStream in = ExerciseTemplateReader.class.getClassLoader().getResourceAsStream(resource)) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of(resource));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped template " + resource, e);
            }
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UserInputException("cannot read the exercise template: " + e.getClass().getSimpleName(), file, 0, 0,
                    null, "give a template file, e.g. exercises/ct-low-contrast-detection.yaml");
        }
    }

    /** Parses template text; {@code file} is named in errors and anchors relative paths. */
    public ExerciseTemplate parse(String text, Path file) {
        LocatedYaml y = LocatedYaml.parse(text, file);
        List<Error> errors = schema.validate(y.root());
        if (!errors.isEmpty()) {
            Error e = errors.get(0);
            String pointer = pointer(e);
            String key = pointer.isEmpty() ? null : pointer.substring(1).replace('/', '.');
            throw new UserInputException(e.getMessage().replaceFirst("^\\$[^:]*: ", ""), file, y.lineOf(pointer), 0, key,
                    "see docs/training.md for the template keys");
        }
        JsonNode r = y.root();
        ExerciseTemplate t;
        try {
            t = build(r, file);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), file, 0, 0, null, "see docs/training.md for the template keys");
        }
        requireTaskKeys(t, y);
        return t;
    }

    private static ExerciseTemplate build(JsonNode r, Path file) {
        TaskType task = TaskType.ofYaml(r.get("task").asText());
        return new ExerciseTemplate(file, r.get("title").asText(), r.path("instructions").asText(""), task,
                r.hasNonNull("scenario") ? r.get("scenario").asText() : null, strings(r.path("set")), window(r.get("display")),
                lesion(r.get("lesion")), r.path("localisation_radius_mm").asDouble(5), r.path("alternatives").asInt(2),
                strings(r.path("artifacts")), dose(r.get("dose")), protocol(r.get("protocol")), r.path("observer").asBoolean(true));
    }

    private static void requireTaskKeys(ExerciseTemplate t, LocatedYaml y) {
        String needs = switch (t.task()) {
            case DETECTION, LOCALISATION -> t.lesion() == null || t.scenario() == null ? "scenario and lesion" : null;
            case MAFC -> t.lesion() == null || t.scenario() == null || !y.root().has("alternatives")
                    ? "scenario, lesion and alternatives" : null;
            case ARTIFACT -> t.artifacts().isEmpty() ? "artifacts" : null;
            case PROTOCOL -> t.protocol() == null || t.scenario() == null ? "scenario and protocol" : null;
        };
        if (needs != null) {
            throw new UserInputException("task '" + t.task().yamlName() + "' needs " + needs, t.file(), y.lineOf("/task"),
                    0, "task", "see the " + t.task().yamlName() + " example in docs/training.md");
        }
        if (t.lesion() != null && t.lesion().absentProbability() == 1 && t.task() != TaskType.MAFC) {
            throw new UserInputException("absent_probability 1 leaves no lesion in any case", t.file(),
                    y.lineOf("/lesion/absent_probability"), 0, "lesion.absent_probability", "use a value below 1, e.g. 0.5");
        }
    }

    private static String pointer(Error e) {
        StringBuilder b = new StringBuilder();
        var p = e.getInstanceLocation();
        for (int i = 0; i < p.getNameCount(); i++) {
            b.append('/').append(p.getElement(i));
        }
        // a missing or unknown key is reported at its parent object; point at the key itself
        if (e.getProperty() != null && ("additionalProperties".equals(e.getKeyword()) || "required".equals(e.getKeyword()))) {
            b.append('/').append(e.getProperty());
        }
        return b.toString();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static double[] pair(JsonNode n, double fallback) {
        return n == null ? new double[] {fallback, fallback} : new double[] {n.get(0).asDouble(), n.get(1).asDouble()};
    }

    private static Window window(JsonNode d) {
        return d == null ? null : new Window(d.get("level").asDouble(), d.get("width").asDouble());
    }

    private static LesionModel lesion(JsonNode l) {
        if (l == null) {
            return null;
        }
        JsonNode loc = l.get("location");
        return new LesionModel(l.get("shape").asText(), pair(l.get("diameter_mm"), 0), pair(l.get("aspect"), 1),
                l.get("tissue").asText(), l.has("weight") ? pair(l.get("weight"), 0) : null,
                pair(loc.get("centre_mm"), 0), loc.get("radius_mm").asDouble(), l.path("absent_probability").asDouble(0.5));
    }

    private static ExerciseTemplate.DoseLevels dose(JsonNode d) {
        if (d == null) {
            return null;
        }
        List<Double> v = new ArrayList<>();
        d.get("values").forEach(x -> v.add(x.asDouble()));
        return new ExerciseTemplate.DoseLevels(d.get("key").asText(), v);
    }

    private static ExerciseTemplate.ProtocolSearch protocol(JsonNode p) {
        if (p == null) {
            return null;
        }
        List<Double> v = new ArrayList<>();
        p.get("values").forEach(x -> v.add(x.asDouble()));
        return new ExerciseTemplate.ProtocolSearch(p.get("key").asText(), v, p.get("metric").asText(),
                p.get("target").asDouble());
    }
}
