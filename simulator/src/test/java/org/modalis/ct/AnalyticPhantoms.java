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
        // Unit normal (cosθ, sinθ) = (u_y, −u_x) of the ray's direction; t = origin · normal.
        double c = ray.uy();
        double s = -ray.ux();
        double t = ray.ox() * c + ray.oy() * s;
        double sum = 0;
        for (Ellipse e : ellipses) {
            sum += e.projection(t, c, s);
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
        double[] sum = new double[Math.toIntExact(grid.size())];
        for (Ellipse e : ellipses) {
            addEllipse(e, grid, sub, sum);
        }
        float[] out = new float[sum.length];
        for (int p = 0; p < out.length; p++) {
            out[p] = (float) (sum[p] / (sub * sub));
        }
        return out;
    }

    /** Adds ρ for every sub-sample inside the ellipse, visiting only pixels of its bounding box. */
    private static void addEllipse(Ellipse e, Grid grid, int sub, double[] sum) {
        double c = Math.cos(e.alphaRad());
        double s = Math.sin(e.alphaRad());
        double r = Math.max(e.a(), e.b());
        int i0 = Math.max(0, (int) Math.floor((e.cx() - r) / grid.dx() + grid.nx() / 2.0) - 1);
        int i1 = Math.min(grid.nx() - 1, (int) Math.ceil((e.cx() + r) / grid.dx() + grid.nx() / 2.0) + 1);
        int j0 = Math.max(0, (int) Math.floor((e.cy() - r) / grid.dy() + grid.ny() / 2.0) - 1);
        int j1 = Math.min(grid.ny() - 1, (int) Math.ceil((e.cy() + r) / grid.dy() + grid.ny() / 2.0) + 1);
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                int inside = 0;
                for (int q = 0; q < sub * sub; q++) {
                    double dx = grid.x(i) + ((q % sub + 0.5) / sub - 0.5) * grid.dx() - e.cx();
                    double dy = grid.y(j) + ((q / sub + 0.5) / sub - 0.5) * grid.dy() - e.cy();
                    double xp = (dx * c + dy * s) / e.a();
                    double yp = (-dx * s + dy * c) / e.b();
                    inside += xp * xp + yp * yp <= 1.0 ? 1 : 0;
                }
                sum[grid.index(i, j, 0)] += inside * e.rho();
            }
        }
    }
}
