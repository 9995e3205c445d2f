package org.modalis.metrics;

import java.util.Arrays;
import org.modalis.image.Grid;

/**
 * A region of interest in physical coordinates [m] in the plane of a slice: the grid is centred on the
 * origin, pixel (i, j) has its centre at x = (i + 0.5 − nx/2)·dx, y = (j + 0.5 − ny/2)·dy. A pixel belongs to
 * the ROI when its centre lies inside or on the boundary (no partial-pixel weights: every member counts
 * once, as scanner consoles do), so the member count approximates the area / (dx·dy) to within the
 * pixels the boundary crosses.
 */
public sealed interface Roi permits CircularRoi, RectangularRoi, AnnularRoi {

    /** Whether the point (x, y) [m] is inside or on the boundary. */
    boolean contains(double x, double y);

    /** Human-readable geometry in mm, for metric descriptions. */
    String describe();

    /** Storage indices (i + nx·(j + ny·k)) of the member pixels of slice {@code k}, in storage order. */
    default int[] indices(Grid grid, int k) {
        if (k < 0 || k >= grid.nz()) {
            throw new IllegalArgumentException("slice " + k + " outside 0.." + (grid.nz() - 1));
        }
        int[] out = new int[64];
        int n = 0;
        for (int j = 0; j < grid.ny(); j++) {
            double y = grid.y(j);
            for (int i = 0; i < grid.nx(); i++) {
                if (contains(grid.x(i), y)) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, 2 * n);
                    }
                    out[n++] = grid.index(i, j, k);
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Millimetres with three decimals, for descriptions. */
    static String mm(double metres) {
        return String.format(java.util.Locale.ROOT, "%.3f", metres * 1e3);
    }
}
