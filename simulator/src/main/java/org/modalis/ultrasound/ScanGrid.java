package org.modalis.ultrasound;

/**
 * The Cartesian display grid of a B-mode image in the probe frame: column i at x = xMin + (i + ½)·dx, row j at
 * depth z = (j + ½)·dz (row 0 at the probe face).
 *
 * @param xMin left edge [m]
 * @param dx   pixel width [m]
 * @param nx   columns
 * @param dz   pixel height [m]
 * @param nz   rows
 */
public record ScanGrid(double xMin, double dx, int nx, double dz, int nz) {

    public ScanGrid {
        if (nx < 1 || nz < 1 || !(dx > 0) || !(dz > 0)) {
            throw new IllegalArgumentException("scan grid needs positive size and spacing, got " + nx + "×" + nz);
        }
    }

    /** The grid covering a frame's lines down to {@code depth} with square pixels of about {@code pixel} [m]. */
    public static ScanGrid covering(ScanLines lines, double depth, double pixel) {
        double xMin, xMax;
        if (lines.type() == ArrayType.LINEAR) {
            xMin = lines.first();
            xMax = lines.first() + (lines.count() - 1) * lines.step();
        } else {
            double half = Math.max(Math.abs(lines.first()), Math.abs(lines.first() + (lines.count() - 1) * lines.step()));
            xMax = depth * Math.sin(Math.min(half, Math.PI / 2));
            xMin = -xMax;
        }
        int nx = Math.max(1, (int) Math.round((xMax - xMin) / pixel));
        int nz = Math.max(1, (int) Math.round(depth / pixel));
        return new ScanGrid(xMin, Math.max(xMax - xMin, pixel) / nx, nx, depth / nz, nz);
    }

    public double x(int i) {
        return xMin + (i + 0.5) * dx;
    }

    public double z(int j) {
        return (j + 0.5) * dz;
    }
}
