package org.modalis.ultrasound;

/**
 * A thin wire across the image plane (a point target, as in a resolution phantom), in the probe frame.
 *
 * @param x         lateral position [m]
 * @param z         depth below the probe face [m], in (0, 0.3]
 * @param amplitude scattering amplitude relative to one unit diffuse scatterer, in (0, 10⁶]
 */
public record WireTarget(double x, double z, double amplitude) {

    public WireTarget {
        if (!Double.isFinite(x) || !(z > 0 && z <= 0.3)) {
            throw new IllegalArgumentException("wire position must be finite with depth in (0, 300] mm, got x = "
                    + x * 1e3 + " mm, depth = " + z * 1e3 + " mm");
        }
        if (!(amplitude > 0 && amplitude <= 1e6)) {
            throw new IllegalArgumentException("wire amplitude must be in (0, 1e6], got " + amplitude);
        }
    }
}
