package org.modalis.viewer;

import org.modalis.image.Image;

/**
 * Values along a line drawn on an image, sampled every pixel with bilinear interpolation between pixel
 * centres (the profile a workstation's "line profile" tool plots). End points are in image coordinates
 * (u, v) in pixel units, pixel (i, j) centred at (i + 0.5, j + 0.5).
 *
 * @param values samples along the line, from the first point to the second
 * @param lengthM length of the line [m]
 */
public record LineProfile(float[] values, double lengthM) {

    /** Samples {@code image} from (u0, v0) to (u1, v1); at least two samples, one per pixel of length. */
    public static LineProfile sample(Image image, double u0, double v0, double u1, double v1) {
        int nx = image.grid().nx();
        int ny = image.grid().ny();
        double len = Math.hypot(u1 - u0, v1 - v0);
        int n = Math.max(2, (int) Math.ceil(len) + 1);
        float[] out = new float[n];
        for (int k = 0; k < n; k++) {
            double t = (double) k / (n - 1);
            out[k] = (float) bilinear(image.data(), nx, ny, u0 + t * (u1 - u0) - 0.5, v0 + t * (v1 - v0) - 0.5);
        }
        double lengthM = Math.hypot((u1 - u0) * image.grid().dx(), (v1 - v0) * image.grid().dy());
        return new LineProfile(out, lengthM);
    }

    /** Bilinear value at fractional pixel index (x, y) (pixel centres at integers), clamped at the border. */
    static double bilinear(float[] d, int nx, int ny, double x, double y) {
        x = Math.max(0, Math.min(nx - 1, x));
        y = Math.max(0, Math.min(ny - 1, y));
        int i = Math.min((int) x, nx - 2 < 0 ? 0 : nx - 2);
        int j = Math.min((int) y, ny - 2 < 0 ? 0 : ny - 2);
        double fx = nx == 1 ? 0 : x - i;
        double fy = ny == 1 ? 0 : y - j;
        int i1 = Math.min(i + 1, nx - 1);
        int j1 = Math.min(j + 1, ny - 1);
        double a = d[i + nx * j] * (1 - fx) + d[i1 + nx * j] * fx;
        double b = d[i + nx * j1] * (1 - fx) + d[i1 + nx * j1] * fx;
        return a * (1 - fy) + b * fy;
    }
}
