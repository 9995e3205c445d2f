package org.modalis.training.drill;

/**
 * One line of a QC sheet: a metric of the QC scan and its tolerance.
 *
 * @param metric the metric name in metrics.json (e.g. roi.centre.sd_hu)
 * @param label  what a technologist calls it
 * @param unit   its unit
 * @param min    lowest accepted value
 * @param max    highest accepted value
 */
public record Measurement(String metric, String label, String unit, double min, double max) {

    public Measurement {
        if (!(max >= min)) {
            throw new IllegalArgumentException("tolerance of " + metric + " must have max ≥ min, got [" + min + ", " + max + "]");
        }
    }

    public boolean accepts(double value) {
        return value >= min && value <= max;
    }
}
