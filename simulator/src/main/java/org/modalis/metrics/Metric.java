package org.modalis.metrics;

import java.util.Objects;

/**
 * One measured figure of an image: a name, a finite value with its unit, and how it was computed, so a
 * report is readable on its own ("CNR = 4.2 [1]: |mean(insert) − mean(background)| / σ(background) …").
 *
 * @param name        short identifier, e.g. {@code "CNR"}, {@code "MTF50"}
 * @param value       the value, finite
 * @param unit        its unit, e.g. {@code "HU"}, {@code "lp/cm"}; {@code "1"} for a dimensionless ratio
 * @param description how it was computed: definition, regions, parameters
 */
public record Metric(String name, double value, String unit, String description) {

    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (name.isBlank()) {
            throw new IllegalArgumentException("metric name must not be blank");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("metric '" + name + "' must be finite, got " + value);
        }
    }

    /** "name = value unit" for logs and the CLI. */
    public String summary() {
        String number = String.format(java.util.Locale.ROOT, "%.6g", value);
        return name + " = " + number + ("1".equals(unit) ? "" : " " + unit);
    }
}
