package org.modalis.training.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.modalis.UserInputException;
import org.modalis.image.Window;
import org.modalis.io.AtomicFiles;
import org.modalis.io.NpyArray;
import org.modalis.io.NpyReader;
import org.modalis.pipeline.Modalities;
import org.modalis.pipeline.ModalityRun;
import org.modalis.pipeline.Progress;
import org.modalis.scenario.PhantomRef;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.scenario.ScenarioSource;

/**
 * Runs the cases of an exercise through the common pipeline, whatever the modality: each case is a
 * scenario file (the base scenario, resolved, with its own seed and window) and, when it holds a lesion,
 * a phantom file beside it (the base phantom with one more region). Only {@link Modalities} and the
 * output contract ({@code image.npy}, {@code image.png}) are used, so a new modality joins unchanged.
 */
public final class CaseRuns {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private final Modalities modalities;
    private final ScenarioLoader loader = new ScenarioLoader();
    private final PrintWriter log;
    private final java.util.Set<String> said = new java.util.HashSet<>();

    public CaseRuns(Modalities modalities, PrintWriter log) {
        this.modalities = modalities;
        this.log = log;
    }

    /** Forwards what a run said (e.g. which backend it chose) once, not once per case. */
    private void relay(java.io.StringWriter said) {
        for (String line : said.toString().split("\\R")) {
            if (!line.isBlank() && this.said.add(line)) {
                log.println(line);
            }
        }
        log.flush();
    }

    /** A loaded base scenario: its resolved parameters and its phantom definition as a tree. */
    public record Base(ScenarioSource source, List<String> sets, Scenario scenario, ObjectNode tree, ObjectNode phantom) {

        /** The phantom's dimension (2 or 3). */
        public int dimension() {
            return phantom.path("dimension").asInt(3);
        }
    }

    /** Loads the base scenario with {@code sets} applied; its phantom must be an analytic phantom definition. */
    public Base base(ScenarioSource source, List<String> sets) {
        Scenario s = loader.load(source, sets);
        ObjectNode tree = s.resolvedTree();
        tree.remove("expect"); // the lesson's checks are about the lesson, not the reading cases
        return new Base(source, List.copyOf(sets), s, tree, phantomTree(s));
    }

    /**
     * Writes {@code dir/<name>.yaml} (and {@code dir/<name>-phantom.yaml} with the lesion when it is present)
     * and loads it. {@code keyValues} are dotted scenario keys set in the file (dose level, noise off).
     */
    public Scenario prepare(Base base, Path dir, String name, Lesion lesion, long seed, Window display,
                            Map<String, Object> keyValues) {
        ObjectNode tree = base.tree().deepCopy();
        if (lesion != null && lesion.present()) {
            ObjectNode phantom = base.phantom().deepCopy();
            ((ArrayNode) phantom.withArray("regions")).addPOJO(lesion.region(base.dimension()));
            phantom.put("name", name + "-phantom");
            writeYaml(dir.resolve(name + "-phantom.yaml"), phantom);
            tree.put("phantom", name + "-phantom.yaml");
        } else {
            tree.put("phantom", base.scenario().phantom() instanceof PhantomRef.Named n ? n.name()
                    : "phantom-base.yaml");
            if (!(base.scenario().phantom() instanceof PhantomRef.Named)) {
                writeYaml(dir.resolve("phantom-base.yaml"), base.phantom());
            }
        }
        tree.put("seed", seed);
        if (display != null) {
            tree.putObject("display").put("level", display.level()).put("width", display.width());
        }
        keyValues.forEach((k, v) -> DottedKeys.put(tree, k, v));
        Path file = dir.resolve(name + ".yaml");
        writeYaml(file, tree);
        return loader.load(file, List.of());
    }

    /** Whether this scenario accepts {@code <modality>.noise: false} (for noise-free observer templates). */
    public boolean supportsNoiseFree(Base base) {
        List<String> sets = new java.util.ArrayList<>(base.sets());
        sets.add(base.scenario().modality() + ".noise=false");
        return loader.check(base.source(), sets).isEmpty();
    }

    /** Runs a scenario, writes its outputs into {@code dir}, returns the run (metrics). */
    public ModalityRun run(Scenario s, Path dir) {
        java.io.StringWriter words = new java.io.StringWriter();
        ModalityRun run;
        try {
            run = modalities.run(s, Progress.NONE, new PrintWriter(words, true));
        } catch (UnsupportedOperationException e) {
            // e.g. MRI's analytic k-space accepts REPLACE regions only nested in or disjoint from those below
            throw new UserInputException("the " + s.modality() + " model cannot image this case: " + e.getMessage(),
                    s.file(), 0, 0, "lesion", "give the lesion a 'weight' range (it is then ADDed, which any overlap "
                            + "allows), or keep its location inside one region of the phantom");
        }
        relay(words);
        run.write(dir, s);
        return run;
    }

    /** The image.npy a run wrote into {@code dir}. */
    public static NpyArray image(Path dir) {
        return NpyReader.read(dir.resolve("image.npy"));
    }

    static void writeYaml(Path file, JsonNode tree) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] bytes = YAML.writeValueAsBytes(tree);
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static ObjectNode phantomTree(Scenario s) {
        String text;
        PhantomRef ref = s.phantom();
        try {
            if (ref instanceof PhantomRef.InFile f) {
                text = Files.readString(f.file(), StandardCharsets.UTF_8);
            } else {
                text = resource(ref instanceof PhantomRef.Named n ? "phantoms/" + n.name() + ".yaml"
                        : ((PhantomRef.OnClasspath) ref).resource());
            }
            JsonNode t = YAML.readTree(text);
            if (!(t instanceof ObjectNode o) || !o.has("regions")) {
                throw s.at("phantom", "an exercise inserts lesions into an analytic phantom definition (regions:), "
                        + "not into a voxel phantom", "use an analytic phantom (modalis list phantoms)");
            }
            return o;
        } catch (IOException e) {
            throw s.at("phantom", "cannot read the phantom to insert lesions: " + e.getMessage(), null);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CaseRuns.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
