package org.modalis.ct;

import java.util.function.DoublePredicate;
import org.modalis.image.Grid;

/** Test-side error measures between a reconstruction and its truth over a region of the grid. */
public final class ImageErrors {

    private ImageErrors() {
    }

    /** A region: pixels whose centre radius r [m] satisfies the predicate. */
    public static double rmse(float[] a, float[] b, Grid g, DoublePredicate radius) {
        double sum = 0;
        long n = 0;
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                if (radius.test(Math.hypot(g.x(i), g.y(j)))) {
                    double d = a[g.index(i, j, 0)] - b[g.index(i, j, 0)];
                    sum += d * d;
                    n++;
                }
            }
        }
        return Math.sqrt(sum / n);
    }

    /** Mean of a − b over the region. */
    public static double meanDifference(float[] a, float[] b, Grid g, DoublePredicate radius) {
        double sum = 0;
        long n = 0;
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                if (radius.test(Math.hypot(g.x(i), g.y(j)))) {
                    sum += a[g.index(i, j, 0)] - b[g.index(i, j, 0)];
                    n++;
                }
            }
        }
        return sum / n;
    }

    /** Mean of a over the region. */
    public static double mean(float[] a, Grid g, DoublePredicate radius) {
        return meanDifference(a, new float[a.length], g, radius);
    }
}
