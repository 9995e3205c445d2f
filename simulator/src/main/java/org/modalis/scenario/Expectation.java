package org.modalis.scenario;

/**
 * A lesson check: the metric that shows the effect and the range it should fall in, e.g. cupping of
 * 20–200 HU with beam hardening on. An open side of the range is infinite.
 *
 * @param metric metric name as written to metrics.json (e.g. {@code cupping_hu})
 * @param min    lowest accepted value, or −∞
 * @param max    highest accepted value, or +∞
 * @param why    the physics reason, shown when the check fails (may be empty)
 */
public record Expectation(String metric, double min, double max, String why) {

    public Expectation {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("an expectation needs a metric name");
        }
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("expected range of " + metric + " must have min <= max, got "
                    + min + " .. " + max);
        }
        why = why == null ? "" : why;
    }

    /** Whether a measured value lies in the expected range (bounds included). */
    public boolean accepts(double value) {
        return value >= min && value <= max;
    }
}
