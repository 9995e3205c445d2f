package org.modalis.viewer;

import org.modalis.image.Grid;
import org.modalis.metrics.CircularRoi;

/**
 * A circular ROI drawn on a panel, in image coordinates (pixel units, pixel (i, j) covering
 * [i, i+1) × [j, j+1)).
 *
 * @param u      centre column coordinate
 * @param v      centre row coordinate
 * @param radius radius [pixels], ≥ 0.5
 */
public record RoiCircle(double u, double v, double radius) {

    public RoiCircle {
        if (!(radius >= 0.5)) {
            throw new IllegalArgumentException("ROI radius must be at least 0.5 pixel, got " + radius);
        }
    }

    /** The ROI in metres on {@code grid}: x = (u − nx/2)·dx (the pixel-centre convention of {@link Grid}). */
    public CircularRoi toMetres(Grid grid) {
        return new CircularRoi((u - grid.nx() / 2.0) * grid.dx(), (v - grid.ny() / 2.0) * grid.dy(), radius * grid.dx());
    }
}
