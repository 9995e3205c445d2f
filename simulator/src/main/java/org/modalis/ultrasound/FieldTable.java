package org.modalis.ultrasound;

/**
 * A complex field tabulated on a regular grid of lateral offset u ∈ [u₀, u₀ + (nu − 1)·du] and depth
 * z ∈ [0, (nz − 1)·dz], read by bilinear interpolation of its real and imaginary parts. Bilinear interpolation
 * of a field whose phase turns by Δφ across a cell loses at most about Δφ²/8 of its magnitude, so the spacings
 * are chosen from the field's phase gradient (see {@link BeamFieldTables}). Each row j holds values only for
 * |u| ≤ limit[j] (the region where they are needed, e.g. a transmit cone); the rest is not filled. Filled once,
 * then read-only.
 */
final class FieldTable {

    private final double u0;
    private final double du;
    private final double dz;
    private final int nu;
    private final int nz;
    private final double[] limit;
    final float[] re;
    final float[] im;

    /** @param limit per row j, the largest |u| [m] that row must hold (nz entries) */
    FieldTable(double u0, double du, int nu, double dz, int nz, double[] limit) {
        this.limit = limit;
        this.u0 = u0;
        this.du = du;
        this.nu = nu;
        this.dz = dz;
        this.nz = nz;
        re = new float[nu * nz];
        im = new float[nu * nz];
    }

    int nu() {
        return nu;
    }

    int nz() {
        return nz;
    }

    double u(int i) {
        return u0 + i * du;
    }

    double z(int j) {
        return j * dz;
    }

    /** Whether column i of row j is inside the row's limit (the only entries that are filled). */
    boolean needed(int i, int j) {
        return Math.abs(u(i)) <= limit[j] + du;
    }

    /** Index of grid point (i, j). */
    int index(int i, int j) {
        return j * nu + i;
    }

    /** Fractional row of depth z; callers check {@link #contains} first. */
    double row(double z) {
        return z / dz;
    }

    /** Whether (u, z) lies inside the filled grid (so that all four corners of its cell hold values). */
    boolean contains(double u, double z) {
        double fu = (u - u0) / du, fz = z / dz;
        if (!(fu >= 0 && fu < nu - 1 && fz >= 0 && fz < nz - 1)) {
            return false;
        }
        int j = (int) fz;
        return Math.abs(u) <= Math.min(limit[j], limit[j + 1]);
    }

    /** Writes the linear interpolation at offset u along row j into {@code out} = {re, im}. */
    void atRow(double u, int j, double[] out) {
        double fu = (u - u0) / du;
        int i = (int) fu;
        double a = fu - i;
        int k = j * nu + i;
        out[0] = re[k] + a * (re[k + 1] - re[k]);
        out[1] = im[k] + a * (im[k + 1] - im[k]);
    }

    /** Writes the bilinear interpolation at (u, z) into {@code out} = {re, im}; (u, z) must be inside. */
    void at(double u, double z, double[] out) {
        double fu = (u - u0) / du, fz = z / dz;
        int i = (int) fu, j = (int) fz;
        double a = fu - i, b = fz - j;
        int k = j * nu + i;
        double w00 = (1 - a) * (1 - b), w10 = a * (1 - b), w01 = (1 - a) * b, w11 = a * b;
        out[0] = w00 * re[k] + w10 * re[k + 1] + w01 * re[k + nu] + w11 * re[k + nu + 1];
        out[1] = w00 * im[k] + w10 * im[k + 1] + w01 * im[k + nu] + w11 * im[k + nu + 1];
    }
}
