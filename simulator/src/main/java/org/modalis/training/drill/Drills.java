package org.modalis.training.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modalis.UserInputException;
import org.modalis.io.AtomicFiles;
import org.modalis.io.JsonWriter;
import org.modalis.metrics.Metric;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Modalities;
import org.modalis.pipeline.ModalityRun;
import org.modalis.pipeline.Progress;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;

/**
 * {@code modalis drill new|check}: runs a QC scan with a fault injected (a random one of the programme's,
 * or a named one), gives the student the image and the QC sheet (measurements, values, tolerances) under
 * {@code students/}, keeps the fault under {@code key/drill.json}, and checks a student's answer. The scan
 * goes through {@link Modalities}, so a drill of any modality is a data entry in drills.yaml.
 */
public final class Drills {

    private final Modalities modalities;
    private final PrintWriter log;

    public Drills(Modalities modalities, PrintWriter log) {
        this.modalities = modalities;
        this.log = log;
    }

    /** Makes a drill into {@code out}; {@code faultName} null draws one uniformly with {@code seed}. */
    public DrillResult make(DrillProgram p, String faultName, long seed, Path out) {
        if (seed < 0) {
            throw new UserInputException("must be ≥ 0, got " + seed, null, 0, 0, "--seed", null);
        }
        DrillFault fault = faultName != null ? p.fault(faultName)
                : p.faults().get((int) Math.min(p.faults().size() - 1, Math.floor(new Rng(seed).stream(0).uniform() * p.faults().size())));
        List<String> sets = new ArrayList<>(fault.sets());
        sets.add("seed=" + seed);
        Scenario s = new ScenarioLoader().load(ScenarioLibrary.standard().resolve(p.scenario()), sets);
        ModalityRun run = modalities.run(s, Progress.NONE, log);
        Path key = out.resolve("key");
        run.write(key.resolve("run"), s);
        Map<String, Double> values = new LinkedHashMap<>();
        for (Measurement m : p.measurements()) {
            values.put(m.metric(), run.metrics().get(m.metric()).map(Metric::value).orElseThrow(() ->
                    new IllegalStateException("QC scan of " + p.name() + " reports no metric " + m.metric())));
        }
        DrillResult r = new DrillResult(p, fault, values);
        writeStudents(out.resolve("students"), key.resolve("run"), r);
        writeKey(key, r, seed);
        return r;
    }

    private static void writeStudents(Path dir, Path run, DrillResult r) {
        StringBuilder b = new StringBuilder("measurement,metric,value,unit,min,max,status\n");
        for (Measurement m : r.program().measurements()) {
            double v = r.values().get(m.metric());
            b.append(String.format(Locale.ROOT, "\"%s\",%s,%.4g,%s,%s,%s,%s%n", m.label(), m.metric(), v, m.unit(), m.min(), m.max(),
                    m.accepts(v) ? "pass" : "FAIL"));
        }
        try {
            Files.createDirectories(dir);
            for (String f : List.of("image.png", "image.npy")) {
                Path tmp = dir.resolve(f + ".tmp");
                Files.copy(run.resolve(f), tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            byte[] sheet = b.toString().getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(dir.resolve("qc-sheet.csv"), o -> o.write(sheet));
            String task = r.program().title() + "\n\nRead qc-sheet.csv and image.png. Which fault, if any, does the scanner "
                    + "have? Answer with one of: " + String.join(", ", r.program().names()) + "\n";
            AtomicFiles.write(dir.resolve("instructions.txt"), o -> o.write(task.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the drill into " + dir, e);
        }
    }

    private static void writeKey(Path key, DrillResult r, long seed) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("program", r.program().name());
        j.put("seed", seed);
        j.put("fault", r.fault().name());
        j.put("metric", r.fault().metric());
        j.put("explanation", r.fault().explanation());
        j.put("values", r.values());
        try {
            new JsonWriter().write(key.resolve("drill.json"), j);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the drill key", e);
        }
    }

    /** The outcome of {@link #check}: right or wrong, the fault, and its explanation. */
    public record Check(boolean correct, String fault, String metric, String explanation) {
    }

    /** Checks a student's answer against the drill in {@code dir}. */
    public static Check check(Path dir, String answer) {
        JsonNode k;
        try {
            k = new ObjectMapper().readTree(dir.resolve("key").resolve("drill.json").toFile());
        } catch (IOException e) {
            throw new UserInputException("not a drill folder: no key/drill.json", dir, 0, 0, null,
                    "give the folder 'modalis drill new --out DIR' wrote");
        }
        String fault = k.get("fault").asText();
        return new Check(fault.equalsIgnoreCase(answer.strip()), fault, k.path("metric").asText(""), k.get("explanation").asText());
    }
}
