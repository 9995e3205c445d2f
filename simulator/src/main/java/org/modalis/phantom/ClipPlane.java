package org.modalis.phantom;

/**
 * A half-space n·p ≤ d in world coordinates (unit normal n, offset d [m]) that clips a shape: the shape
 * keeps only its points inside every one of its planes. The intersection of convex sets is convex, so a
 * clipped shape still meets a ray in one interval. The FORBILD head phantom is built this way
 * (Lauritsch &amp; Bruder; 2-D form in Yu et al., Phys. Med. Biol. 57 (2012) N237).
 *
 * @param nx normal x component (normalised in the constructor)
 * @param ny normal y component
 * @param nz normal z component
 * @param d  offset [m]: points with n·p ≤ d are kept
 */
public record ClipPlane(double nx, double ny, double nz, double d) {

    public ClipPlane {
        double n = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(n > 0) || !Double.isFinite(d)) {
            throw new IllegalArgumentException("clip plane needs a non-zero normal and a finite offset [m], got ("
                    + nx + ", " + ny + ", " + nz + "), " + d);
        }
        nx /= n;
        ny /= n;
        nz /= n;
        d /= n;
    }

    /**
     * The FORBILD form: keep points with cos ψ·(x − cx) + sin ψ·(y − cy) ≤ distance, i.e. an in-plane normal
     * at angle ψ [rad] from +x and an offset [m] measured from the shape centre (cx, cy).
     */
    public static ClipPlane inPlane(double cx, double cy, double psi, double distance) {
        double c = Math.cos(psi), s = Math.sin(psi);
        return new ClipPlane(c, s, 0, distance + c * cx + s * cy);
    }

    /** Whether the point is kept. */
    public boolean keeps(double x, double y, double z) {
        return nx * x + ny * y + nz * z <= d;
    }

    /**
     * Narrows the ray interval {@code t[0] ≤ t ≤ t[1]} to this half-space. Returns false when nothing is left.
     */
    boolean clip(Ray ray, double[] t) {
        double num = d - (nx * ray.ox() + ny * ray.oy() + nz * ray.oz());
        double den = nx * ray.ux() + ny * ray.uy() + nz * ray.uz();
        if (den == 0) {
            return num >= 0;
        }
        double tPlane = num / den;
        if (den > 0) {
            t[1] = Math.min(t[1], tPlane);
        } else {
            t[0] = Math.max(t[0], tPlane);
        }
        return t[0] < t[1];
    }
}
