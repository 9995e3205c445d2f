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

    /** x of the centre of the bounding box [m]. */
    double centreX();

    /** y of the centre of the bounding box [m]. */
    double centreY();

    /** Half the bounding box's extent along x [m]: every member lies within centreX ± halfWidth. */
    double halfWidth();

    /** Half the bounding box's extent along y [m]. */
    double halfHeight();

    /** Storage indices (i + nx·(j + ny·k)) of the member pixels of slice {@code k}, in storage order. */
    default int[] indices(Grid grid, int k) {
        if (k < 0 || k >= grid.nz()) {
            throw new IllegalArgumentException("slice " + k + " outside 0.." + (grid.nz() - 1));
        }
        int[] out = new int[64];
        int n = 0;
        // Only the rows and columns of the bounding box (one pixel of margin) can hold members: a small ROI on a
        // large image tests a few hundred centres instead of every pixel.
        int j0 = Math.max(0, (int) Math.floor((centreY() - halfHeight()) / grid.dy() + grid.ny() / 2.0 - 0.5) - 1);
        int j1 = Math.min(grid.ny(), (int) Math.ceil((centreY() + halfHeight()) / grid.dy() + grid.ny() / 2.0 - 0.5) + 2);
        int i0 = Math.max(0, (int) Math.floor((centreX() - halfWidth()) / grid.dx() + grid.nx() / 2.0 - 0.5) - 1);
        int i1 = Math.min(grid.nx(), (int) Math.ceil((centreX() + halfWidth()) / grid.dx() + grid.nx() / 2.0 - 0.5) + 2);
        for (int j = j0; j < j1; j++) {
            double y = grid.y(j);
            for (int i = i0; i < i1; i++) {
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
