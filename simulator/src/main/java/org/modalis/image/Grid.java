package org.modalis.image;

/**
 * A regular sampling grid centred on the origin: {@code nx × ny × nz} samples with spacing
 * {@code dx, dy, dz} [m]. Pixel centres sit at x = (i + 0.5 − nx/2)·dx (likewise y, z), the convention
 * of {@code docs/conventions.md}; data are stored x fastest, then y, then z (index = i + nx·(j + ny·k)).
 * A 2-D image is a grid with {@code nz == 1}.
 */
public record Grid(int nx, int ny, int nz, double dx, double dy, double dz) {

    public Grid {
        if (nx < 1 || ny < 1 || nz < 1) {
            throw new IllegalArgumentException("grid dimensions must be positive, got " + nx + "×" + ny + "×" + nz);
        }
        if (!(dx > 0 && dy > 0 && dz > 0)) {
            throw new IllegalArgumentException("grid spacing must be positive, got " + dx + ", " + dy + ", " + dz);
        }
    }

    /** A square 2-D grid of {@code n × n} pixels spanning {@code fov} [m]; slice thickness {@code dz} [m]. */
    public static Grid square(int n, double fov, double dz) {
        return new Grid(n, n, 1, fov / n, fov / n, dz);
    }

    public long size() {
        return (long) nx * ny * nz;
    }

    public boolean is2d() {
        return nz == 1;
    }

    /** x coordinate [m] of the centre of column i. */
    public double x(int i) {
        return (i + 0.5 - nx / 2.0) * dx;
    }

    /** y coordinate [m] of the centre of row j. */
    public double y(int j) {
        return (j + 0.5 - ny / 2.0) * dy;
    }

    /** z coordinate [m] of the centre of slice k (0 for a 2-D grid). */
    public double z(int k) {
        return (k + 0.5 - nz / 2.0) * dz;
    }

    public int index(int i, int j, int k) {
        return i + nx * (j + ny * k);
    }
}
