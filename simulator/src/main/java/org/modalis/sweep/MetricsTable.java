package org.modalis.sweep;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modalis.UserInputException;

/**
 * {@code metrics.csv}: one row per point in grid order; columns {@code point} (the id), the varied keys,
 * then every metric name in order of first appearance over the rows (so the column set and order depend
 * only on which points are present, not on which shard ran them). Values are written with
 * {@link Double#toString}, the shortest decimal that reads back to the same double (full precision, and
 * read → write is the identity, which merging relies on); a metric a point lacks is an empty field.
 * No timings go in: equal runs give equal bytes.
 *
 * @param keys the varied keys
 * @param rows the points' metrics, any order (sorted by grid index here)
 */
public record MetricsTable(List<String> keys, List<PointMetrics> rows) {

    public MetricsTable {
        keys = List.copyOf(keys);
        rows = rows.stream().sorted(Comparator.comparingInt(r -> r.point().index())).toList();
    }

    /** Metric names in order of first appearance. */
    public List<String> metricNames() {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(r -> names.addAll(r.metrics().keySet()));
        return List.copyOf(names);
    }

    /** The CSV text (UTF-8 when written). */
    public String toCsv() {
        List<String> names = metricNames();
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(keys);
        header.addAll(names);
        StringBuilder sb = new StringBuilder(CsvCodec.record(header));
        for (PointMetrics r : rows) {
            List<String> f = new ArrayList<>(List.of(r.point().id()));
            f.addAll(r.point().values());
            names.forEach(n -> f.add(r.get(n).map(v -> Double.toString(v)).orElse("")));
            sb.append(CsvCodec.record(f));
        }
        return sb.toString();
    }

    public byte[] toBytes() {
        return toCsv().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a table this class wrote, matching its rows to {@code plan}'s points by id. */
    public static MetricsTable parse(String csv, SweepPlan plan) {
        List<List<String>> records = CsvCodec.parse(csv);
        List<String> header = records.isEmpty() ? List.of() : records.get(0);
        int k = plan.keys().size();
        if (header.size() < 1 + k || !header.subList(1, 1 + k).equals(plan.keys())) {
            throw new UserInputException("metrics.csv header " + header + " does not match the varied keys "
                    + plan.keys(), null, 0, 0, null, "merge only outputs of the same sweep");
        }
        Map<String, SweepPoint> byId = new LinkedHashMap<>();
        plan.points().forEach(p -> byId.put(p.id(), p));
        List<PointMetrics> rows = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            SweepPoint p = byId.get(rec.get(0));
            if (p == null || rec.size() != header.size()) {
                throw new UserInputException("metrics.csv row " + rec + " is not a point of this sweep");
            }
            Map<String, Double> m = new LinkedHashMap<>();
            for (int c = 1 + k; c < header.size(); c++) {
                if (!rec.get(c).isEmpty()) {
                    m.put(header.get(c), Double.parseDouble(rec.get(c)));
                }
            }
            rows.add(new PointMetrics(p, m));
        }
        return new MetricsTable(plan.keys(), rows);
    }
}
