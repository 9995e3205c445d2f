package org.modalis.phantom;

import java.util.List;
import java.util.Optional;

/**
 * Common machinery of the shapes: a {@link Pose} (any orientation), optional {@link ClipPlane}s, and the two
 * elementary ray–solid intersections every shape here is made of, written in the shape's local frame:
 * a quadric (ellipse or ellipsoid) and a slab |s| ≤ h. A shape is the intersection of such pieces, hence an
 * interval along the ray.
 */
abstract class ConvexShape implements Shape {

    protected final Pose pose;
    private final ClipPlane[] clips;

    ConvexShape(Pose pose, List<ClipPlane> clips) {
        this.pose = pose;
        this.clips = clips.toArray(new ClipPlane[0]);
    }

    /** Containment in local coordinates (before clipping). */
    abstract boolean containsLocal(double u, double v, double w);

    /** Interval of the local ray o + t·d with the unclipped shape, as in {@link #intersect}. */
    abstract boolean intersectLocal(double ou, double ov, double ow, double du, double dv, double dw, double[] t);

    /** Radius of a sphere about the local origin bounding the shape (cylinder for prisms). */
    abstract double localRadius();

    /** Whether the shape is an infinite prism along its local w axis. */
    abstract boolean isPrism();

    public List<ClipPlane> clips() {
        return List.of(clips);
    }

    public Pose pose() {
        return pose;
    }

    @Override
    public final boolean contains(double x, double y, double z) {
        for (ClipPlane c : clips) {
            if (!c.keeps(x, y, z)) {
                return false;
            }
        }
        return containsLocal(pose.u(x, y, z), pose.v(x, y, z), pose.w(x, y, z));
    }

    @Override
    public final boolean intersect(Ray r, double[] t) {
        if (missesBound(r)) {
            return false;
        }
        double ox = r.ox(), oy = r.oy(), oz = r.oz(), dx = r.ux(), dy = r.uy(), dz = r.uz();
        boolean hit = intersectLocal(pose.u(ox, oy, oz), pose.v(ox, oy, oz), pose.w(ox, oy, oz),
                pose.du(dx, dy, dz), pose.dv(dx, dy, dz), pose.dw(dx, dy, dz), t);
        if (!hit) {
            return false;
        }
        for (ClipPlane c : clips) {
            if (!c.clip(r, t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cheap rejection before the exact test: the ray passes farther from the centre than the local bounding
     * radius (distance |(c − o) × u| to the line; in the x–y plane for a prism along z). Phantoms such as
     * FORBILD have dozens of small regions that most rays miss, so this saves most of the work per ray.
     */
    private boolean missesBound(Ray r) {
        double px = pose.cx() - r.ox(), py = pose.cy() - r.oy(), pz = pose.cz() - r.oz();
        double rad = localRadius();
        if (isPrism()) {
            if (!pose.keepsZ()) {
                return false;
            }
            double cross = px * r.uy() - py * r.ux();
            double inPlane = r.ux() * r.ux() + r.uy() * r.uy();
            return cross * cross > rad * rad * inPlane * (1 + 1e-12);
        }
        double cx = py * r.uz() - pz * r.uy(), cy = pz * r.ux() - px * r.uz(), cz = px * r.uy() - py * r.ux();
        return cx * cx + cy * cy + cz * cz > rad * rad * (1 + 1e-12);
    }

    /** The unclipped cross-section at z, or empty; shapes without a closed form keep this refusal. */
    Optional<PlanarSection> localSection(double z) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no analytic cross-section");
    }

    @Override
    public final Optional<PlanarSection> section(double z) {
        Optional<PlanarSection> section = localSection(z);
        if (section.isEmpty() || clips.length == 0) {
            return section;
        }
        // A clip plane either keeps the whole (convex) section, removes all of it, or cuts it; the cut
        // region is no longer an ellipse or rectangle, so it is refused rather than approximated.
        int n = 256;
        double[] xs = new double[n], ys = new double[n];
        section.get().boundary(n, xs, ys);
        for (ClipPlane c : clips) {
            int kept = 0;
            for (int i = 0; i < n; i++) {
                kept += c.keeps(xs[i], ys[i], z) ? 1 : 0;
            }
            if (kept == 0) {
                return Optional.empty();
            }
            if (kept < n) {
                throw new UnsupportedOperationException("a clip plane cuts the cross-section of this "
                        + getClass().getSimpleName() + " at z = " + z + " m; clipped sections have no closed-form"
                        + " Fourier transform (MRI needs unclipped ellipses/rectangles in the slice)");
            }
        }
        return section;
    }

    /** In-plane angle [rad] of the local u axis from +x, for shapes whose w axis is z. */
    double inPlaneAngle() {
        return Math.atan2(pose.du(0, 1, 0), pose.du(1, 0, 0));
    }

    /** Refuses a section of a shape whose axis is tilted out of z (its section is not the closed form here). */
    void requireAxisAlongZ() {
        if (!pose.keepsZ()) {
            throw new UnsupportedOperationException(getClass().getSimpleName()
                    + " tilted out of the z axis has no closed-form cross-section here; rotate it about z only");
        }
    }

    @Override
    public boolean isPrismAlongZ() {
        return isPrism() && pose.keepsZ();
    }

    @Override
    public double boundingRadius() {
        // A prism along z is bounded by a cylinder about z; any other orientation of a prism is unbounded.
        if (isPrism()) {
            return pose.keepsZ() ? pose.centreDistanceXy() + localRadius() : Double.POSITIVE_INFINITY;
        }
        return pose.centreDistance() + localRadius();
    }

    /**
     * Chord of the line o + t·d with the solid |o'+t·d'| ≤ 1, where o', d' are o, d scaled by the semi-axes
     * (2 or 3 components). The discriminant is written as A − |o'×d'|² (Lagrange's identity) instead of
     * B² − A·C, which avoids the cancellation between two large terms when the ray starts far away.
     */
    static boolean quadric(double oa, double ob, double oc, double da, double db, double dc, double[] t) {
        double a = da * da + db * db + dc * dc;
        double oo = oa * oa + ob * ob + oc * oc;
        if (a == 0) {
            return infiniteIf(oo <= 1, t);
        }
        double b = oa * da + ob * db + oc * dc;
        double cx = ob * dc - oc * db, cy = oc * da - oa * dc, cz = oa * db - ob * da;
        double disc = a - (cx * cx + cy * cy + cz * cz);
        if (!(disc > 0)) {
            return false;
        }
        double mid = -b / a;
        double half = Math.sqrt(disc) / a;
        t[0] = mid - half;
        t[1] = mid + half;
        return true;
    }

    /** Narrows t to the slab |o + t·d| ≤ h (or, when t is fresh, sets it); returns false when empty. */
    static boolean slab(double o, double d, double h, double[] t) {
        if (d == 0) {
            return Math.abs(o) <= h;
        }
        double t1 = (-h - o) / d, t2 = (h - o) / d;
        t[0] = Math.max(t[0], Math.min(t1, t2));
        t[1] = Math.min(t[1], Math.max(t1, t2));
        return t[0] < t[1];
    }

    static boolean infiniteIf(boolean inside, double[] t) {
        t[0] = Double.NEGATIVE_INFINITY;
        t[1] = Double.POSITIVE_INFINITY;
        return inside;
    }

    static void requirePositive(String what, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite [m], got " + value);
        }
    }
}
