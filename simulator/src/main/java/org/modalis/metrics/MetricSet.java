package org.modalis.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Metrics of one image in a stable order (the order they were added), names unique, so that reports and
 * regression tests see the same list for the same inputs. Immutable: {@link #with} returns a new set.
 *
 * @param metrics the metrics, in order
 */
public record MetricSet(List<Metric> metrics) {

    public MetricSet {
        metrics = List.copyOf(metrics);
        for (int a = 0; a < metrics.size(); a++) {
            for (int b = 0; b < a; b++) {
                if (metrics.get(a).name().equals(metrics.get(b).name())) {
                    throw new IllegalArgumentException("duplicate metric name '" + metrics.get(a).name() + "'");
                }
            }
        }
    }

    /** An empty set. */
    public static MetricSet empty() {
        return new MetricSet(List.of());
    }

    /** This set with {@code more} appended (names must be new). */
    public MetricSet with(Metric... more) {
        List<Metric> all = new ArrayList<>(metrics);
        all.addAll(List.of(more));
        return new MetricSet(all);
    }

    /** This set with {@code more} appended (names must be new). */
    public MetricSet with(List<Metric> more) {
        return with(more.toArray(Metric[]::new));
    }

    /** The metric called {@code name}, if present. */
    public Optional<Metric> get(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
