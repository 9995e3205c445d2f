package org.modalis.metrics;

import org.modalis.UserInputException;
import org.modalis.image.Grid;
import org.modalis.image.Image;

/**
 * Summary statistics of the pixels of a {@link Roi}: count, mean, sample standard deviation (n − 1
 * denominator, the unbiased variance estimator that noise measurements quote), minimum and maximum.
 * Sums run in double over two passes (mean first, then squared deviations), which avoids the
 * cancellation of the one-pass Σx² − n·mean² formula when the mean is large against the noise
 * (e.g. 1000 HU ± 1 HU).
 *
 * @param count             member pixels, ≥ 1
 * @param mean              mean, in the image's unit
 * @param standardDeviation sample standard deviation (NaN for a single pixel), image unit
 * @param min               smallest value
 * @param max               largest value
 */
public record RoiStatistics(int count, double mean, double standardDeviation, double min, double max) {

    /** Statistics of slice 0 within {@code roi}. */
    public static RoiStatistics measure(Image image, Roi roi) {
        return measure(image, roi, 0);
    }

    /**
     * Statistics of slice {@code k} within {@code roi}.
     *
     * @throws UserInputException if no pixel centre lies inside the ROI
     */
    public static RoiStatistics measure(Image image, Roi roi, int k) {
        int[] idx = roi.indices(image.grid(), k);
        if (idx.length == 0) {
            throw emptyRoi(roi, image.grid());
        }
        return of(image.data(), idx);
    }

    /** Statistics of {@code data} at the given indices (at least one). */
    public static RoiStatistics of(float[] data, int[] idx) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int p : idx) {
            double v = data[p];
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / idx.length;
        double ss = 0;
        for (int p : idx) {
            double d = data[p] - mean;
            ss += d * d;
        }
        double sd = idx.length > 1 ? Math.sqrt(ss / (idx.length - 1)) : Double.NaN;
        return new RoiStatistics(idx.length, mean, sd, min, max);
    }

    static UserInputException emptyRoi(Roi roi, Grid g) {
        return new UserInputException("ROI (" + roi.describe() + ") contains no pixel centre of the " + g.nx() + "×"
                + g.ny() + " image, which spans ±" + Roi.mm(g.nx() * g.dx() / 2) + " mm × ±"
                + Roi.mm(g.ny() * g.dy() / 2) + " mm");
    }
}
