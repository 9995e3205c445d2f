package org.modalis.training.roc;

/**
 * One operating point of an empirical ROC curve: calling "positive" every case rated at or above
 * {@code threshold} gives false-positive fraction {@code fpf} (1 − specificity) and true-positive
 * fraction {@code tpf} (sensitivity).
 *
 * @param threshold the rating threshold (+∞ for the (0, 0) corner)
 * @param fpf       false-positive fraction, 0…1
 * @param tpf       true-positive fraction, 0…1
 */
public record RocPoint(double threshold, double fpf, double tpf) {

    public RocPoint {
        if (!(fpf >= 0 && fpf <= 1 && tpf >= 0 && tpf <= 1)) {
            throw new IllegalArgumentException("fpf and tpf must lie in [0, 1], got " + fpf + ", " + tpf);
        }
    }
}
