package org.modalis.phantom;

/**
 * A convex solid in 3-D. "2-D" shapes (ellipse, rectangle) are infinite prisms along z, so a 2-D phantom is
 * imaged in the plane z = 0 and 3-D code needs no special case. Being convex, a shape meets a straight line
 * in at most one interval, which is what makes exact path lengths cheap.
 *
 * <p>The MRI work adds the analytic Fourier transform of each shape here (ellipse: J₁ form, ellipsoid:
 * spherical Bessel form, see REFERENCES.md); the pose kept by every shape makes the phase and the
 * coordinate change of that transform straightforward.
 */
public interface Shape {

    /**
     * The cross-section with the plane z = {@code z} [m] as an analytic 2-D region, for the k-space of an MRI
     * slice; empty when the plane misses the shape. Shapes without a closed-form section (or clipped so that
     * the clip cuts the section) throw {@link UnsupportedOperationException} with the reason: a numeric
     * transform would be a different model and is deliberately not substituted silently.
     */
    default java.util.Optional<PlanarSection> section(double z) {
        throw new UnsupportedOperationException(getClass().getSimpleName()
                + " has no analytic cross-section; MRI of this shape needs an ellipse, rectangle, box, z-cylinder or ellipsoid");
    }

    /** Whether the point (x, y, z) [m] lies inside (boundary included). */
    boolean contains(double x, double y, double z);

    /**
     * Intersects the ray with the shape: on a hit writes the entry and exit distances [m] into
     * {@code tInOut[0]} and {@code tInOut[1]} (tIn &lt; tOut) and returns true; a miss or a tangent touch
     * returns false. For a prism and a ray parallel to its axis inside it the interval is infinite.
     */
    boolean intersect(Ray ray, double[] tInOut);

    /**
     * Radius [m] about the origin that bounds the shape: of a sphere for a finite shape, of a cylinder about
     * the z axis for a prism along z (its only finite extent).
     */
    double boundingRadius();

    /** Whether the shape is a "2-D" shape: an infinite prism along z (the same in every plane z = const). */
    boolean isPrismAlongZ();
}
