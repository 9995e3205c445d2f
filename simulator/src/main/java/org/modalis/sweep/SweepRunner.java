package org.modalis.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.io.OutputDirectory;
import org.modalis.metrics.Metric;
import org.modalis.pipeline.Modalities;
import org.modalis.pipeline.ModalityRun;
import org.modalis.pipeline.Progress;
import org.modalis.scenario.Expectation;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.scenario.ScenarioSource;

/**
 * Runs a sweep (or one shard of it): every point is the scenario with the fixed {@code --set} overrides,
 * the point's {@code key=value} overrides and {@code seed=S}, the same S for all points, so that only the
 * varied parameter changes between them (the noise realisation is common, which makes differences
 * between points cleaner than independent draws). All points' scenarios are loaded and checked before the
 * first one runs, so a bad value fails at once. Each run writes its outputs to {@code points/<id>/}; then
 * {@link SweepOutputs} writes the summary files.
 */
public final class SweepRunner {

    private final Modalities modalities;
    private final ScenarioLoader loader;

    public SweepRunner(Modalities modalities, ScenarioLoader loader) {
        this.modalities = modalities;
        this.loader = loader;
    }

    /** What to run: the scenario source and its name as given, fixed overrides, seed and plots (null: defaults). */
    public record Request(ScenarioSource source, String scenarioName, List<String> sets, SweepPlan plan, Long seed,
                          List<String> plots, boolean log, Shard shard) {
    }

    /** Runs the request's shard into {@code outDir}; returns the written manifest and table. */
    public SweepManifest run(Request r, Path outDir, Progress progress, PrintWriter log) {
        Scenario base = loader.load(r.source(), withSeed(r.sets(), r.seed()));
        List<String> plots = r.plots() != null && !r.plots().isEmpty() ? r.plots()
                : base.expectations().stream().map(Expectation::metric).distinct().toList();
        SweepManifest manifest = new SweepManifest(r.scenarioName(), r.sets(), r.plan(), base.seed(), plots, r.log(),
                r.shard());
        List<SweepPoint> points = manifest.points();
        List<Scenario> scenarios = new ArrayList<>();
        for (SweepPoint p : points) {
            // seed before the point's own overrides, so that a sweep over seed itself still works
            List<String> o = new ArrayList<>(r.sets());
            o.add("seed=" + base.seed());
            o.addAll(p.overrides());
            scenarios.add(loader.load(r.source(), o));
        }
        OutputDirectory out = OutputDirectory.create(outDir);
        List<PointMetrics> rows = new ArrayList<>();
        progress.start("sweep " + r.shard(), points.size());
        for (int i = 0; i < points.size(); i++) {
            ModalityRun run = modalities.run(scenarios.get(i), Progress.NONE, log);
            run.write(out.dir().resolve("points").resolve(points.get(i).id()), scenarios.get(i));
            Map<String, Double> m = new LinkedHashMap<>();
            for (Metric metric : run.metrics().metrics()) {
                m.put(metric.name(), metric.value());
            }
            rows.add(new PointMetrics(points.get(i), m));
            progress.advance(1);
        }
        progress.finish();
        SweepOutputs.write(out, manifest, new MetricsTable(r.plan().keys(), rows));
        return manifest;
    }

    private static List<String> withSeed(List<String> sets, Long seed) {
        List<String> o = new ArrayList<>(sets);
        if (seed != null) {
            o.add("seed=" + seed);
        }
        return o;
    }
}
