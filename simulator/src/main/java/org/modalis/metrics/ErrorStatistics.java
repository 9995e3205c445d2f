package org.modalis.metrics;

import java.util.List;
import org.modalis.image.Image;

/**
 * How an image differs from the truth it was made from (the phantom rendered on the same grid): root mean
 * square error RMSE = √(Σ(image − truth)²/n), mean error (bias) = Σ(image − truth)/n, and the largest
 * absolute error, over the whole image or the pixels of a {@link Roi}. The truth must be on the same grid
 * and in the same unit.
 *
 * @param count       pixels compared
 * @param rmse        root mean square error, image unit
 * @param meanError   mean of image − truth (bias), image unit
 * @param maxAbsError largest |image − truth|, image unit
 */
public record ErrorStatistics(int count, double rmse, double meanError, double maxAbsError) {

    /** Over all pixels (all slices). */
    public static ErrorStatistics measure(Image image, Image truth) {
        requireSameGrid(image, truth);
        int[] all = new int[image.data().length];
        for (int p = 0; p < all.length; p++) {
            all[p] = p;
        }
        return of(image.data(), truth.data(), all);
    }

    /** Over the pixels of slice 0 inside {@code roi}. */
    public static ErrorStatistics measure(Image image, Image truth, Roi roi) {
        requireSameGrid(image, truth);
        int[] idx = roi.indices(image.grid(), 0);
        if (idx.length == 0) {
            throw RoiStatistics.emptyRoi(roi, image.grid());
        }
        return of(image.data(), truth.data(), idx);
    }

    /** Over the given storage indices (at least one). */
    public static ErrorStatistics of(float[] image, float[] truth, int[] idx) {
        double sum = 0;
        double sumSq = 0;
        double maxAbs = 0;
        for (int p : idx) {
            double e = (double) image[p] - truth[p];
            sum += e;
            sumSq += e * e;
            maxAbs = Math.max(maxAbs, Math.abs(e));
        }
        return new ErrorStatistics(idx.length, Math.sqrt(sumSq / idx.length), sum / idx.length, maxAbs);
    }

    /** RMSE and bias as metrics, with the region named in the description. */
    public List<Metric> toMetrics(String unit, String region) {
        return List.of(
                new Metric("RMSE", rmse, unit, "√mean((image − truth)²) over " + region + " (" + count + " px)"),
                new Metric("bias", meanError, unit, "mean(image − truth) over " + region + " (" + count + " px)"));
    }

    private static void requireSameGrid(Image image, Image truth) {
        if (!image.grid().equals(truth.grid())) {
            throw new IllegalArgumentException("truth grid " + truth.grid() + " differs from image grid "
                    + image.grid());
        }
    }
}
