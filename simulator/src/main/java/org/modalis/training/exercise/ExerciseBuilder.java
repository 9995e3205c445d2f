package org.modalis.training.exercise;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.modalis.UserInputException;
import org.modalis.io.AtomicFiles;
import org.modalis.io.JsonWriter;
import org.modalis.pipeline.Modalities;
import org.modalis.pipeline.Progress;
import org.modalis.training.observer.NpwObserver;
import org.modalis.training.observer.NpwResult;

/**
 * {@code modalis exercise new}: makes an exercise set from a template — every case's scenario, phantom and
 * run under {@code key/}, the student images and {@code cases.csv} under {@code students/}, and
 * {@code key/answer-key.csv} and {@code key/exercise.json} (with the NPW model observer's result). The same
 * template, case count and seed give the same bytes.
 */
public final class ExerciseBuilder {

    private final Modalities modalities;
    private final PrintWriter log;

    public ExerciseBuilder(Modalities modalities, PrintWriter log) {
        this.modalities = modalities;
        this.log = log;
    }

    /** What {@link #build} made: the cases and, when it could run, the model observer per dose level. */
    public record Summary(int cases, TaskType task, Map<String, NpwResult> observer, Path root) {
    }

    public Summary build(ExerciseTemplate t, int cases, long seed, Path out, Progress progress) {
        if (cases < 1 || cases > 999) {
            throw new UserInputException("must be 1 … 999, got " + cases, null, 0, 0, "--cases", null);
        }
        if (seed < 0) {
            throw new UserInputException("must be ≥ 0, got " + seed, null, 0, 0, "--seed", null);
        }
        ExerciseLayout layout = new ExerciseLayout(out);
        CaseContext ctx = new CaseContext(t, seed, layout, new CaseRuns(modalities, log));
        Map<String, Object> extra = new LinkedHashMap<>();
        Map<String, NpwResult> observer = new LinkedHashMap<>();
        progress.start("exercise " + t.task().yamlName(), t.task() == TaskType.PROTOCOL ? t.protocol().values().size() : cases);
        List<CaseRecord> made = makeCases(ctx, cases, progress, observer, extra);
        progress.finish();
        write(layout, t, seed, made, observer, extra);
        return new Summary(made.size(), t.task(), observer, out);
    }

    /** The task's cases; fills the observer results and the task's extra exercise.json entries. */
    private static List<CaseRecord> makeCases(CaseContext ctx, int cases, Progress progress, Map<String, NpwResult> observer,
                                              Map<String, Object> extra) {
        ExerciseTemplate t = ctx.template();
        switch (t.task()) {
            case DETECTION, LOCALISATION -> {
                LesionCases lc = new LesionCases(ctx, ctx.runs().base(ArtifactCases.resolve(t, t.scenario()), t.sets()));
                List<CaseRecord> made = lc.single(cases, progress);
                if (t.task() == TaskType.LOCALISATION) {
                    addPixelSize(lc, made);
                }
                observer.putAll(observe(made));
                extra.put("observer_available", lc.hasObserver());
                return made;
            }
            case MAFC -> {
                LesionCases lc = new LesionCases(ctx, ctx.runs().base(ArtifactCases.resolve(t, t.scenario()), t.sets()));
                List<CaseRecord> made = lc.forcedChoice(cases, t.alternatives(), progress);
                extra.put("observer_available", lc.hasObserver());
                extra.put("observer_percent_correct", forcedChoiceObserver(made));
                return made;
            }
            case ARTIFACT -> {
                return new ArtifactCases(ctx).make(cases, progress);
            }
            case PROTOCOL -> {
                Map<Double, Double> table = new LinkedHashMap<>();
                List<CaseRecord> made = List.of(new ProtocolCases(ctx).make(ctx.runs().base(ArtifactCases.resolve(t, t.scenario()),
                        t.sets()), table, progress));
                extra.put("candidates", table.entrySet().stream().map(e -> Map.of("value", e.getKey(),
                        t.protocol().metric(), e.getValue())).toList());
                return made;
            }
            default -> throw new IllegalStateException("unhandled task " + t.task());
        }
    }

    private static void addPixelSize(LesionCases lc, List<CaseRecord> made) {
        double dx = lc.scale.xMm();
        double dy = lc.scale.yMm();
        if (Double.isNaN(dx) || Double.isNaN(dy)) {
            throw new UserInputException("localisation needs the pixel size, measured from noise-free lesion images at "
                    + "several positions; this exercise has none", null, 0, 0, "lesion.location",
                    "give the lesion a location radius_mm > 0 and keep 'observer: true' (the modality must accept noise: false)");
        }
        for (CaseRecord c : made) {
            c.student.put("pixel_mm_x", Num.text(Math.round(dx * 1e5) / 1e5));
            c.student.put("pixel_mm_y", Num.text(Math.round(dy * 1e5) / 1e5));
        }
    }

    /** NPW d′ and AUC per dose level ("all" without dose levels); levels with < 2 present or absent are left out. */
    static Map<String, NpwResult> observe(List<CaseRecord> made) {
        Map<String, List<CaseRecord>> byLevel = new LinkedHashMap<>();
        for (CaseRecord c : made) {
            if (c.key.containsKey("npw_t")) {
                byLevel.computeIfAbsent(c.key.getOrDefault("dose_value", "all"), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, NpwResult> out = new LinkedHashMap<>();
        byLevel.forEach((level, cs) -> {
            double[] p = cs.stream().filter(c -> c.key.get("present").equals("1")).mapToDouble(c -> Double.parseDouble(c.key.get("npw_t"))).toArray();
            double[] a = cs.stream().filter(c -> c.key.get("present").equals("0")).mapToDouble(c -> Double.parseDouble(c.key.get("npw_t"))).toArray();
            if (p.length >= 2 && a.length >= 2) {
                out.put(level, NpwObserver.evaluate(p, a));
            }
        });
        return out;
    }

    private static Double forcedChoiceObserver(List<CaseRecord> made) {
        long n = made.stream().filter(c -> c.key.containsKey("npw_choice")).count();
        long right = made.stream().filter(c -> c.key.containsKey("npw_choice") && c.key.get("npw_choice").equals(c.key.get("answer"))).count();
        return n == 0 ? null : 100.0 * right / n;
    }

    private static void write(ExerciseLayout layout, ExerciseTemplate t, long seed, List<CaseRecord> made,
                              Map<String, NpwResult> observer, Map<String, Object> extra) {
        table(made, true).write(layout.casesCsv());
        table(made, false).write(layout.answerKey());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", t.title());
        json.put("template", t.file().toString());
        json.put("task", t.task().yamlName());
        json.put("scenario", t.scenario());
        json.put("seed", seed);
        json.put("cases", made.size());
        json.put("localisation_radius_mm", t.localisationRadiusMm());
        json.put("alternatives", t.alternatives());
        Map<String, Object> obs = new LinkedHashMap<>();
        observer.forEach((level, r) -> obs.put(level, new java.util.TreeMap<>(Map.of("present", r.present(),
                "absent", r.absent(), "d_prime", r.dPrime(), "auc", r.auc(), "empirical_auc", r.empiricalAuc()))));
        json.put("observer", new java.util.TreeMap<>(obs));
        json.putAll(extra);
        try {
            new JsonWriter().write(layout.exerciseJson(), json);
            String text = t.title() + "\n\n" + (t.instructions().isBlank() ? "" : t.instructions().strip() + "\n");
            AtomicFiles.write(layout.students().resolve("instructions.txt"), o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
            Files.createDirectories(layout.key());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the exercise files", e);
        }
    }

    private static CsvTable table(List<CaseRecord> made, boolean students) {
        LinkedHashSet<String> header = new LinkedHashSet<>();
        made.forEach(c -> header.addAll((students ? c.student : c.key).keySet()));
        return new CsvTable(new ArrayList<>(header), made.stream().map(c -> students ? c.student : c.key).toList());
    }
}
