package org.modalis.sweep;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics one sweep point produced, by name in the order the modality reported them.
 *
 * @param point   the point
 * @param metrics metric name → value
 */
public record PointMetrics(SweepPoint point, Map<String, Double> metrics) {

    public PointMetrics {
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The value of {@code name}, if this point has it. */
    public Optional<Double> get(String name) {
        return Optional.ofNullable(metrics.get(name));
    }
}
