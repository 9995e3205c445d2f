package org.modalis.ct;

import org.modalis.image.Grid;

/**
 * The error image e = image − truth restricted to where it means something: inside the object's tissues
 * (truth between −500 and {@value #METAL_HU} HU, so air around it and the metal itself do not count) and away
 * from the truth's edges (every truth pixel within {@value #EDGE_MARGIN} pixels equal
 * within 1 HU), so partial volume at boundaries does not count as an artifact. Cupping, streak and ring
 * figures are read off this map, which makes them objective for any phantom.
 */
final class ErrorMap {

    static final int EDGE_MARGIN = 2;
    /** Above this the truth is metal, whose own reconstruction error is not an artifact in tissue. */
    static final double METAL_HU = 3000;

    final Grid grid;
    final double[] error;
    final boolean[] flat;
    final double objectRadius;
    final double cx;
    final double cy;

    ErrorMap(float[] image, float[] truth, Grid grid) {
        this.grid = grid;
        int nx = grid.nx();
        int ny = grid.ny();
        error = new double[nx * ny];
        flat = new boolean[nx * ny];
        double area = 0;
        double sx = 0;
        double sy = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int p = j * nx + i;
                error[p] = image[p] - truth[p];
                if (truth[p] > -500) {
                    area++;
                    sx += grid.x(i);
                    sy += grid.y(j);
                    flat[p] = truth[p] < METAL_HU && isFlat(truth, nx, ny, i, j);
                }
            }
        }
        cx = area > 0 ? sx / area : 0;
        cy = area > 0 ? sy / area : 0;
        objectRadius = Math.sqrt(area * grid.dx() * grid.dy() / Math.PI);
    }

    private static boolean isFlat(float[] truth, int nx, int ny, int i, int j) {
        float v = truth[j * nx + i];
        for (int b = Math.max(0, j - EDGE_MARGIN); b <= Math.min(ny - 1, j + EDGE_MARGIN); b++) {
            for (int a = Math.max(0, i - EDGE_MARGIN); a <= Math.min(nx - 1, i + EDGE_MARGIN); a++) {
                if (Math.abs(truth[b * nx + a] - v) > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Radius of pixel p from the object's centroid [m]. */
    double radius(int p) {
        int i = p % grid.nx();
        int j = p / grid.nx();
        double dx = grid.x(i) - cx, dy = grid.y(j) - cy;
        return Math.sqrt(dx * dx + dy * dy); // not Math.hypot: 20× slower, and no overflow is possible here
    }

    /** Mean error over flat pixels with radius in [r0, r1) × object radius; NaN if none. */
    double meanError(double r0, double r1) {
        double s = 0;
        int n = 0;
        for (int p = 0; p < error.length; p++) {
            double r = radius(p) / objectRadius;
            if (flat[p] && r >= r0 && r < r1) {
                s += error[p];
                n++;
            }
        }
        return n > 0 ? s / n : Double.NaN;
    }

    /** Standard deviation of the error over all flat pixels. */
    double flatErrorSd() {
        double s = 0;
        double s2 = 0;
        int n = 0;
        for (int p = 0; p < error.length; p++) {
            if (flat[p]) {
                s += error[p];
                s2 += error[p] * error[p];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double m = s / n;
        return Math.sqrt(Math.max(0, (s2 - n * m * m) / (n - 1)));
    }

    /**
     * Ring index: the azimuthal mean of the error in one-pixel-wide annuli about the image centre (where
     * a detector element's error lands as a ring), minus the median of its neighbours ±3 annuli; the
     * largest absolute departure. Streaks and noise average out azimuthally; rings do not.
     */
    double ringIndex() {
        int rings = (int) (Math.min(grid.nx(), grid.ny()) / 2.0);
        double[] sum = new double[rings];
        int[] count = new int[rings];
        for (int p = 0; p < error.length; p++) {
            if (!flat[p]) {
                continue;
            }
            int i = p % grid.nx();
            int j = p / grid.nx();
            double x = grid.x(i), y = grid.y(j);
            int r = (int) (Math.sqrt(x * x + y * y) / grid.dx());
            if (r < rings) {
                sum[r] += error[p];
                count[r]++;
            }
        }
        double worst = 0;
        for (int r = 3; r < rings - 3; r++) {
            if (count[r] < 8) {
                continue;
            }
            java.util.List<Double> around = new java.util.ArrayList<>();
            for (int q = r - 3; q <= r + 3; q++) {
                if (q != r && count[q] >= 8) {
                    around.add(sum[q] / count[q]);
                }
            }
            if (around.size() < 4) {
                continue;
            }
            java.util.Collections.sort(around);
            double median = around.get(around.size() / 2);
            worst = Math.max(worst, Math.abs(sum[r] / count[r] - median));
        }
        return worst;
    }
}
