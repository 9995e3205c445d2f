package org.modalis.ct.recon;

import org.modalis.ct.CtGeometry;
import org.modalis.image.Grid;
import org.modalis.phantom.Ray;

/**
 * Slow double-precision Joseph projector written straight from the method's definition (Joseph 1982), by
 * another route than {@link JosephProjector}: per ray from {@link CtGeometry#ray} at the bin centre, and
 * per row (or column) centre from {@link Grid#y} ({@link Grid#x}), the crossing point is found from the
 * ray parameter t = (y_j − o_y)/u_y, located between two column centres with {@link Grid#x}'s convention,
 * interpolated with explicit bounds, and weighted by the path length per row dy/|u_y|. The fast CPU twin
 * and, through it, the GL twin are tested against it.
 */
public final class ReferenceJosephProjector {

    /** Projects {@code image} (nx × ny × nz) into {@code out} (nz × views × bins), overwriting it. */
    public void project(float[] image, Grid grid, CtGeometry g, float[] out) {
        for (int z = 0; z < grid.nz(); z++) {
            for (int v = 0; v < g.views(); v++) {
                for (int b = 0; b < g.bins(); b++) {
                    Ray ray = g.ray(v, g.binCentre(b));
                    out[(z * g.views() + v) * g.bins() + b] = (float) lineIntegral(image, grid, z, ray);
                }
            }
        }
    }

    /** Joseph's approximation of ∫ f dl along the whole ray in slice z. */
    static double lineIntegral(float[] image, Grid grid, int z, Ray ray) {
        double sum = 0;
        if (Math.abs(ray.uy()) >= Math.abs(ray.ux())) {
            for (int j = 0; j < grid.ny(); j++) {
                double t = (grid.y(j) - ray.oy()) / ray.uy();
                double x = ray.ox() + t * ray.ux();
                sum += interpolateInRow(image, grid, z, j, x);
            }
            return sum * grid.dy() / Math.abs(ray.uy());
        }
        for (int i = 0; i < grid.nx(); i++) {
            double t = (grid.x(i) - ray.ox()) / ray.ux();
            double y = ray.oy() + t * ray.uy();
            sum += interpolateInColumn(image, grid, z, i, y);
        }
        return sum * grid.dx() / Math.abs(ray.ux());
    }

    /** f at (x, y_j): linear between the column centres around x; zero outside the image. */
    private static double interpolateInRow(float[] image, Grid grid, int z, int j, double x) {
        double q = x / grid.dx() + grid.nx() / 2.0 - 0.5; // column i's centre at q = i
        int i = (int) Math.floor(q);
        double f = q - i;
        return (1 - f) * value(image, grid, i, j, z) + f * value(image, grid, i + 1, j, z);
    }

    private static double interpolateInColumn(float[] image, Grid grid, int z, int i, double y) {
        double q = y / grid.dy() + grid.ny() / 2.0 - 0.5;
        int j = (int) Math.floor(q);
        double f = q - j;
        return (1 - f) * value(image, grid, i, j, z) + f * value(image, grid, i, j + 1, z);
    }

    private static double value(float[] image, Grid grid, int i, int j, int z) {
        boolean inside = i >= 0 && i < grid.nx() && j >= 0 && j < grid.ny();
        return inside ? image[grid.index(i, j, z)] : 0.0;
    }
}
