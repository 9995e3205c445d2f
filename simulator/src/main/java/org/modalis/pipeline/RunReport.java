package org.modalis.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.metrics.Metric;
import org.modalis.metrics.MetricSet;
import org.modalis.scenario.Expectation;
import org.modalis.scenario.PhantomRef;
import org.modalis.scenario.Scenario;

/**
 * The content of {@code metrics.json}: which scenario ran with which resolved parameters and seed, every
 * metric with its unit and definition, the lesson's expectations with pass/fail, and the time of each
 * stage. Key order is fixed, so equal runs give equal files up to the timings.
 */
public final class RunReport {

    private RunReport() {
    }

    /** Result of one lesson expectation. */
    public record Check(String metric, double min, double max, Double value, boolean pass, String why) {
    }

    public static List<Check> check(Scenario scenario, MetricSet metrics) {
        return scenario.expectations().stream().map(e -> check(e, metrics)).toList();
    }

    private static Check check(Expectation e, MetricSet metrics) {
        Double v = metrics.get(e.metric()).map(Metric::value).orElse(null);
        return new Check(e.metric(), e.min(), e.max(), v, v != null && e.accepts(v), e.why());
    }

    /**
     * Writes {@code metrics.json} into {@code out} after the run's other outputs: the report of {@link #of} with the
     * names of the files written so far plus its own; returns every path written.
     */
    public static List<java.nio.file.Path> write(org.modalis.io.OutputDirectory out, Scenario scenario, MetricSet metrics,
                                                 Trace trace, Map<String, Object> extra) {
        List<String> files = new java.util.ArrayList<>();
        for (java.nio.file.Path p : out.written()) {
            files.add(p.getFileName().toString());
        }
        files.add("metrics.json");
        Map<String, Object> report = of(scenario, metrics, trace, files, extra);
        out.write("metrics.json", s -> new org.modalis.io.JsonWriter().write(s, report));
        return out.written();
    }

    public static Map<String, Object> of(Scenario scenario, MetricSet metrics, Trace trace, List<String> files,
                                         Map<String, Object> extra) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", scenario.name());
        s.put("file", scenario.file().toString());
        s.put("title", scenario.title());
        s.put("modality", scenario.modality());
        root.put("scenario", s);
        root.put("seed", scenario.seed());
        root.put("parameters", scenario.resolvedTree());
        root.putAll(extra);
        root.put("metrics", metricsMap(metrics));
        root.put("expectations", check(scenario, metrics));
        root.put("stages", trace.stages());
        root.put("total_seconds", trace.totalSeconds());
        root.put("files", files);
        return root;
    }

    /** The phantom as the user named it: a built-in name, a file or a resource. */
    public static String describePhantom(PhantomRef ref) {
        if (ref instanceof PhantomRef.Named n) {
            return n.name();
        } else if (ref instanceof PhantomRef.InFile f) {
            return f.file().toString();
        }
        return ((PhantomRef.OnClasspath) ref).resource();
    }

    public static Map<String, Object> metricsMap(MetricSet metrics) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Metric metric : metrics.metrics()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("value", metric.value());
            v.put("unit", metric.unit());
            v.put("description", metric.description());
            m.put(metric.name(), v);
        }
        return m;
    }
}
