package org.modalis.metrics;

import org.modalis.image.Grid;
import org.modalis.image.Image;

/**
 * The oversampled edge-spread function of a circular insert: every pixel whose centre lies at a radius r
 * from the insert centre within [r0, r0 + bins·h) is averaged into bin ⌊(r − r0)/h⌋. Pixels at many
 * sub-pixel offsets from the edge fill the fine bins, which is what lets a pixel image give an ESF
 * sampled at a fraction of a pixel (Richard et al., Med. Phys. 39:4115, 2012). Empty bins are filled by
 * linear interpolation between their non-empty neighbours.
 */
final class RadialEdgeProfile {

    private RadialEdgeProfile() {
    }

    /**
     * Mean pixel value per radial bin.
     *
     * @param r0   inner radius of the first bin [m]
     * @param h    bin width [m]
     * @param bins number of bins
     */
    static double[] measure(Image image, int k, double cx, double cy, double r0, double h, int bins) {
        Grid g = image.grid();
        double[] sum = new double[bins];
        int[] count = new int[bins];
        double rMax = r0 + bins * h;
        for (int j = 0; j < g.ny(); j++) {
            double v = g.y(j) - cy;
            for (int i = 0; i < g.nx(); i++) {
                double u = g.x(i) - cx;
                double r = Math.sqrt(u * u + v * v);
                if (r >= r0 && r < rMax) {
                    int b = Math.min(bins - 1, (int) ((r - r0) / h));
                    sum[b] += image.data()[g.index(i, j, k)];
                    count[b]++;
                }
            }
        }
        return fillGaps(sum, count);
    }

    private static double[] fillGaps(double[] sum, int[] count) {
        int n = sum.length;
        double[] esf = new double[n];
        int previous = -1;
        for (int b = 0; b < n; b++) {
            if (count[b] == 0) {
                continue;
            }
            esf[b] = sum[b] / count[b];
            for (int e = previous + 1; e < b; e++) { // interpolate the gap (or extend the first value)
                esf[e] = previous < 0 ? esf[b]
                        : esf[previous] + (esf[b] - esf[previous]) * (e - previous) / (b - previous);
            }
            previous = b;
        }
        if (previous < 0) {
            throw new IllegalArgumentException("no pixel centre lies in the edge's radial range");
        }
        for (int e = previous + 1; e < n; e++) {
            esf[e] = esf[previous];
        }
        return esf;
    }
}
