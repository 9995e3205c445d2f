package org.modalis.ct;

import java.util.List;
import org.modalis.image.Grid;
import org.modalis.phantom.Ray;

/**
 * Test-side closed-form phantoms: the modified Shepp–Logan head (Toft 1996, table 3.1; contrast values
 * 1, −0.8, −0.2, −0.2, 0.1 ×6), a uniform disc, their exact sinograms in any {@link CtGeometry}, and
 * their supersampled rasterization as the truth to compare reconstructions with.
 */
public final class AnalyticPhantoms {

    private AnalyticPhantoms() {
    }

    /** {x0, y0, a, b, φ [deg], ρ} in units of the head's radius (Toft 1996, modified Shepp–Logan). */
    private static final double[][] MODIFIED_SHEPP_LOGAN = {
        {0, 0, 0.69, 0.92, 0, 1.0},
        {0, -0.0184, 0.6624, 0.874, 0, -0.8},
        {0.22, 0, 0.11, 0.31, -18, -0.2},
        {-0.22, 0, 0.16, 0.41, 18, -0.2},
        {0, 0.35, 0.21, 0.25, 0, 0.1},
        {0, 0.1, 0.046, 0.046, 0, 0.1},
        {0, -0.1, 0.046, 0.046, 0, 0.1},
        {-0.08, -0.605, 0.046, 0.023, 0, 0.1},
        {0, -0.605, 0.023, 0.023, 0, 0.1},
        {0.06, -0.605, 0.023, 0.046, 0, 0.1},
    };

    /** Modified Shepp–Logan scaled to radius {@code radiusM} [m], values ×{@code muPerM} [1/m]. */
    public static List<Ellipse> modifiedSheppLogan(double radiusM, double muPerM) {
        return java.util.Arrays.stream(MODIFIED_SHEPP_LOGAN)
                .map(e -> new Ellipse(e[0] * radiusM, e[1] * radiusM, e[2] * radiusM, e[3] * radiusM,
                        Math.toRadians(e[4]), e[5] * muPerM))
                .toList();
    }

    /** A uniform disc of radius r [m] and value μ [1/m] centred at (cx, cy). */
    public static List<Ellipse> disc(double cx, double cy, double r, double mu) {
        return List.of(new Ellipse(cx, cy, r, r, 0, mu));
    }

    /** Line integral of the ellipses along a ray (its normal form t, θ computed from the ray). */
    public static double lineIntegral(List<Ellipse> ellipses, Ray ray) {
        double theta = Math.atan2(-ray.ux(), ray.uy());
        double t = ray.ox() * Math.cos(theta) + ray.oy() * Math.sin(theta);
        double sum = 0;
        for (Ellipse e : ellipses) {
            sum += e.projection(t, theta);
        }
        return sum;
    }

    /**
     * Exact sinogram in {@code g}, each bin the mean of {@code subRays} rays spread uniformly over the bin
     * (a box detector aperture; 1 = a point sample at the bin centre).
     */
    public static Sinogram sinogram(List<Ellipse> ellipses, CtGeometry g, int subRays) {
        Sinogram s = Sinogram.zeros(g);
        for (int v = 0; v < g.views(); v++) {
            for (int b = 0; b < g.bins(); b++) {
                double sum = 0;
                for (int r = 0; r < subRays; r++) {
                    double u = g.binCoordinate(b + (r + 0.5) / subRays);
                    sum += lineIntegral(ellipses, g.ray(v, u));
                }
                s.data()[v * g.bins() + b] = (float) (sum / subRays);
            }
        }
        return s;
    }

    /** Pixel averages of the ellipses over {@code sub × sub} points per pixel (fair partial-volume truth). */
    public static float[] rasterize(List<Ellipse> ellipses, Grid grid, int sub) {
        float[] out = new float[Math.toIntExact(grid.size())];
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double sum = 0;
                for (int q = 0; q < sub * sub; q++) {
                    double x = grid.x(i) + ((q % sub + 0.5) / sub - 0.5) * grid.dx();
                    double y = grid.y(j) + ((q / sub + 0.5) / sub - 0.5) * grid.dy();
                    for (Ellipse e : ellipses) {
                        sum += e.contains(x, y) ? e.rho() : 0.0;
                    }
                }
                out[grid.index(i, j, 0)] = (float) (sum / (sub * sub));
            }
        }
        return out;
    }
}
