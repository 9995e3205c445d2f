package org.modalis.phantom;

/**
 * Where a shape sits: its centre c [m] and a rotation R whose columns are the shape's local axes (u, v, w)
 * expressed in world coordinates. A world point p has local coordinates Rᵀ(p − c); because R is orthonormal
 * a unit ray direction stays unit, so ray parameters (distances) are the same in both frames.
 */
public final class Pose {

    private final double cx, cy, cz;
    /** Rows of Rᵀ: the local axes e_u, e_v, e_w in world coordinates. */
    private final double ux, uy, uz, vx, vy, vz, wx, wy, wz;

    private Pose(double cx, double cy, double cz, double[] r) {
        this.cx = cx;
        this.cy = cy;
        this.cz = cz;
        ux = r[0]; uy = r[3]; uz = r[6];
        vx = r[1]; vy = r[4]; vz = r[7];
        wx = r[2]; wy = r[5]; wz = r[8];
    }

    /** Centred at (cx, cy, cz) [m], rotated by {@code angle} [rad] counter-clockwise about z. */
    public static Pose aboutZ(double cx, double cy, double cz, double angle) {
        return euler(cx, cy, cz, angle, 0, 0);
    }

    /**
     * Centred at (cx, cy, cz) [m] with the intrinsic z-y'-z'' Euler rotation R = Rz(φ)·Ry(θ)·Rz(ψ) [rad]
     * (the convention of Goldstein's mechanics texts with y instead of x, also used for 3-D ellipsoid
     * phantoms such as ImagePhantoms.jl).
     */
    public static Pose euler(double cx, double cy, double cz, double phi, double theta, double psi) {
        double[] r = multiply(multiply(rotZ(phi), rotY(theta)), rotZ(psi));
        return new Pose(cx, cy, cz, r);
    }

    private static double[] rotZ(double a) {
        double c = Math.cos(a), s = Math.sin(a);
        return new double[] {c, -s, 0, s, c, 0, 0, 0, 1};
    }

    private static double[] rotY(double a) {
        double c = Math.cos(a), s = Math.sin(a);
        return new double[] {c, 0, s, 0, 1, 0, -s, 0, c};
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                m[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return m;
    }

    public double cx() { return cx; }
    public double cy() { return cy; }
    public double cz() { return cz; }

    /** Distance [m] of the centre from the origin. */
    public double centreDistance() {
        return Math.sqrt(cx * cx + cy * cy + cz * cz);
    }

    /** Distance [m] of the centre from the z axis. */
    public double centreDistanceXy() {
        return Math.hypot(cx, cy);
    }

    /** Local u coordinate of the world point (x, y, z). */
    double u(double x, double y, double z) {
        return ux * (x - cx) + uy * (y - cy) + uz * (z - cz);
    }

    double v(double x, double y, double z) {
        return vx * (x - cx) + vy * (y - cy) + vz * (z - cz);
    }

    double w(double x, double y, double z) {
        return wx * (x - cx) + wy * (y - cy) + wz * (z - cz);
    }

    /** Local u component of the world direction (dx, dy, dz). */
    double du(double dx, double dy, double dz) {
        return ux * dx + uy * dy + uz * dz;
    }

    double dv(double dx, double dy, double dz) {
        return vx * dx + vy * dy + vz * dz;
    }

    double dw(double dx, double dy, double dz) {
        return wx * dx + wy * dy + wz * dz;
    }

    /** True when the local w axis is the world z axis (a prism along w is then a prism along z). */
    boolean keepsZ() {
        return wx == 0 && wy == 0 && wz == 1;
    }
}
