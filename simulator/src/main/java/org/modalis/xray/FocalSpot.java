package org.modalis.xray;

import org.apache.commons.math3.special.Erf;

/**
 * A finite focal spot, square with side (uniform) or FWHM (Gaussian) f in the plane normal to the central ray,
 * sampled by n × n equally weighted sub-sources: for the uniform spot the midpoints of n equal strips,
 * s_i = f·((i + ½)/n − ½); for the Gaussian spot the medians of n equal-probability strips,
 * s_i = σ·Φ⁻¹((i + ½)/n) with σ = f/(2√(2 ln 2)). An edge at object-to-image distance OID is then blurred over
 * the magnified focal spot, the geometric unsharpness U = f·OID/SOD (Bushberg et al., <i>The Essential Physics of
 * Medical Imaging</i>, 3rd ed., §7.3); its edge-spread function is the staircase of n steps that converges to
 * the focal-spot profile's CDF as n grows.
 *
 * @param sizeM   side or FWHM [m], 0 (point source) … 3 mm (clinical: 0.3 fine, 0.6–1.2 broad)
 * @param shape   intensity profile
 * @param samples sub-sources per axis, 1 … 32 (1 for a point source)
 */
public record FocalSpot(double sizeM, Shape shape, int samples) {

    /** The intensity profile across the focal spot. */
    public enum Shape { UNIFORM, GAUSSIAN }

    /** A point source. */
    public static final FocalSpot POINT = new FocalSpot(0, Shape.UNIFORM, 1);

    public FocalSpot {
        if (!(sizeM >= 0 && sizeM <= 3e-3)) {
            throw new IllegalArgumentException("focal spot size must be in [0, 3] mm, got " + sizeM * 1e3 + " mm");
        }
        if (samples < 1 || samples > 32) {
            throw new IllegalArgumentException("focal spot samples per axis must be 1 … 32, got " + samples);
        }
        java.util.Objects.requireNonNull(shape, "shape");
        if (sizeM == 0) {
            samples = 1;
        }
    }

    /** Sub-source offsets [m] along one axis (equal weights); the spot is their outer product in x and z. */
    public double[] offsets() {
        double[] s = new double[samples];
        double sigma = sizeM / (2 * Math.sqrt(2 * Math.log(2)));
        for (int i = 0; i < samples; i++) {
            double p = (i + 0.5) / samples;
            s[i] = samples == 1 ? 0 : shape == Shape.UNIFORM ? sizeM * (p - 0.5) : sigma * Math.sqrt(2) * Erf.erfInv(2 * p - 1);
        }
        return s;
    }

    /** Geometric unsharpness U = f·OID/SOD [m] in the detector plane of an edge at the object reference point. */
    public double unsharpnessM(ProjectionGeometry g) {
        return sizeM * g.oidM() / g.sodM();
    }
}
