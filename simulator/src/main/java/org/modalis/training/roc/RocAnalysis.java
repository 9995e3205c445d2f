package org.modalis.training.roc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Empirical (non-parametric) ROC analysis of ratings: the curve through every distinct threshold and its
 * area. The trapezoidal area under the empirical curve equals the Mann–Whitney U statistic divided by
 * n₁n₀, i.e. the probability that a random lesion-present case is rated above a random lesion-absent one,
 * ties counted one half (Hanley &amp; McNeil, Radiology 143:29–36, 1982; Bamber, J. Math. Psychol. 12:387,
 * 1975). {@link #auc()} computes it the Mann–Whitney way; {@link #trapezoidalAuc()} integrates the curve,
 * and the tests check both against scikit-learn's {@code roc_auc_score}.
 */
public final class RocAnalysis {

    private final double[] positives;
    private final double[] negatives;

    private RocAnalysis(double[] positives, double[] negatives) {
        this.positives = positives;
        this.negatives = negatives;
    }

    /** Ratings of the actually-positive (lesion present) and actually-negative cases; both non-empty. */
    public static RocAnalysis of(double[] positiveRatings, double[] negativeRatings) {
        if (positiveRatings.length == 0 || negativeRatings.length == 0) {
            throw new IllegalArgumentException("ROC analysis needs at least one positive and one negative case, got "
                    + positiveRatings.length + " and " + negativeRatings.length);
        }
        for (double v : positiveRatings) {
            requireFinite(v);
        }
        for (double v : negativeRatings) {
            requireFinite(v);
        }
        return new RocAnalysis(positiveRatings.clone(), negativeRatings.clone());
    }

    private static void requireFinite(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("ratings must be finite, got " + v);
        }
    }

    public int positiveCount() {
        return positives.length;
    }

    public int negativeCount() {
        return negatives.length;
    }

    /** AUC = U/(n₁n₀) = P(rating₊ &gt; rating₋) + ½ P(rating₊ = rating₋). O(n log n) by sorting. */
    public double auc() {
        double[] neg = negatives.clone();
        Arrays.sort(neg);
        double sum = 0;
        for (double p : positives) {
            int below = lowerBound(neg, p);
            int notAbove = upperBound(neg, p);
            sum += below + 0.5 * (notAbove - below);
        }
        return sum / ((double) positives.length * negatives.length);
    }

    /** Area under {@link #curve()} by the trapezoidal rule; equals {@link #auc()} up to rounding. */
    public double trapezoidalAuc() {
        List<RocPoint> c = curve();
        double area = 0;
        for (int i = 1; i < c.size(); i++) {
            area += (c.get(i).fpf() - c.get(i - 1).fpf()) * (c.get(i).tpf() + c.get(i - 1).tpf()) / 2;
        }
        return area;
    }

    /** The empirical curve from (0, 0) to (1, 1): one point per distinct rating, thresholds descending. */
    public List<RocPoint> curve() {
        double[] all = new double[positives.length + negatives.length];
        System.arraycopy(positives, 0, all, 0, positives.length);
        System.arraycopy(negatives, 0, all, positives.length, negatives.length);
        double[] thresholds = Arrays.stream(all).distinct().sorted().toArray();
        List<RocPoint> out = new ArrayList<>();
        out.add(new RocPoint(Double.POSITIVE_INFINITY, 0, 0));
        for (int i = thresholds.length - 1; i >= 0; i--) {
            double t = thresholds[i];
            out.add(new RocPoint(t, 1 - specificity(t), sensitivity(t)));
        }
        return out;
    }

    /** True-positive fraction when ratings ≥ {@code threshold} are called positive. */
    public double sensitivity(double threshold) {
        return fractionAtOrAbove(positives, threshold);
    }

    /** True-negative fraction when ratings ≥ {@code threshold} are called positive. */
    public double specificity(double threshold) {
        return 1 - fractionAtOrAbove(negatives, threshold);
    }

    private static double fractionAtOrAbove(double[] v, double threshold) {
        int n = 0;
        for (double x : v) {
            if (x >= threshold) {
                n++;
            }
        }
        return (double) n / v.length;
    }

    /** First index with a[i] ≥ v (a sorted ascending). */
    private static int lowerBound(double[] a, double v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index with a[i] &gt; v (a sorted ascending). */
    private static int upperBound(double[] a, double v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
