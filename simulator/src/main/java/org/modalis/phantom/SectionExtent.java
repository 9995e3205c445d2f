package org.modalis.phantom;

import java.util.Optional;

/**
 * The range of planes z = const that cut a shape: [zLow, zHigh], found by bisection on "the section is not empty"
 * (a convex solid meets the planes in one interval) to machine precision. MRI integrates a shape's sections
 * across an excited slab, and for an ellipsoid the section area vanishes like a square root at both ends of this
 * range, so the quadrature needs the ends exactly. Infinite for prisms along z.
 */
public final class SectionExtent {

    /** Bisection steps: the bracket is at most 2·(shape radius), 80 halvings reach the last bit of a double. */
    private static final int STEPS = 80;
    /** Planes tried when the centre plane misses a clipped shape. */
    private static final int SCAN = 512;

    private SectionExtent() {
    }

    /** {zLow, zHigh} [m], or empty when no plane meets the shape (clipped away entirely). */
    public static Optional<double[]> of(Shape shape) {
        if (shape.isPrismAlongZ()) {
            return Optional.of(new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
        }
        if (!(shape instanceof ConvexShape convex)) {
            throw new UnsupportedOperationException(shape.getClass().getSimpleName() + " has no known z extent");
        }
        double zc = convex.pose().cz(), r = convex.localRadius() * (1 + 1e-9) + 1e-12;
        double inside = Double.NaN;
        for (int i = 0; i <= SCAN && Double.isNaN(inside); i++) {
            // The centre first, then planes spreading out from it.
            double z = zc + r * (i % 2 == 0 ? 1 : -1) * Math.ceil(i / 2.0) / (SCAN / 2.0 + 1);
            inside = cuts(shape, z) ? z : Double.NaN;
        }
        if (Double.isNaN(inside)) {
            return Optional.empty();
        }
        return Optional.of(new double[] {edge(shape, inside, zc - r), edge(shape, inside, zc + r)});
    }

    /** The last cutting plane between {@code in} (cuts) and {@code out} (beyond the bounding sphere). */
    private static double edge(Shape shape, double in, double out) {
        for (int i = 0; i < STEPS; i++) {
            double mid = 0.5 * (in + out);
            if (mid == in || mid == out) {
                break;
            }
            if (cuts(shape, mid)) {
                in = mid;
            } else {
                out = mid;
            }
        }
        return in;
    }

    /** Whether the plane meets the shape; a plane where a clip cuts the section counts (it does meet it). */
    private static boolean cuts(Shape shape, double z) {
        try {
            return shape.section(z).isPresent();
        } catch (UnsupportedOperationException e) {
            return true;
        }
    }
}
