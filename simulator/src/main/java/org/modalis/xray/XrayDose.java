package org.modalis.xray;

import org.modalis.phantom.Phantom;
import org.modalis.physics.AirKerma;
import org.modalis.physics.XraySpectrum;

/**
 * Patient-dose figures of a radiograph, free in air (no backscatter: multiply the entrance air kerma by a
 * backscatter factor of ~1.3–1.4 for the entrance surface dose, IAEA TRS 457 §8). The tube's air kerma
 * K₁ [mGy/mAs at 1 m] ({@link AirKerma}) falls as 1/d²: K(d) = K₁·mAs/d². The kerma–area product is
 * invariant along the beam (the field area grows as d²): KAP = K(SID)·A_detector (IAEA TRS 457 §2.3).
 *
 * @param entranceKermaMgy air kerma on the central ray at the entrance surface [mGy], no backscatter
 * @param kapGyCm2         kerma–area product [Gy·cm²]
 * @param entranceDistanceM focal spot to entrance surface [m]
 */
public record XrayDose(double entranceKermaMgy, double kapGyCm2, double entranceDistanceM) {

    /** Step [m] of the search for the skin along the central ray: 0.1 mm, far below clinical tolerance. */
    static final double SKIN_SEARCH_STEP_M = 1e-4;

    /** Air kerma [mGy] free in air at distance d [m] from the focal spot. */
    public static double kermaMgy(XraySpectrum spectrum, double mas, double distanceM) {
        return AirKerma.mgy(spectrum) * mas / (distanceM * distanceM);
    }

    public static XrayDose of(XraySpectrum spectrum, double mas, ProjectionGeometry g, Phantom phantom) {
        double entrance = entranceDistance(phantom, g);
        double kap = kermaMgy(spectrum, mas, g.sidM()) * 1e-3 * g.detectorFieldAreaM2() * 1e4;
        return new XrayDose(kermaMgy(spectrum, mas, entrance), kap, entrance);
    }

    /**
     * Distance from the focal spot to where the central ray first meets the object (any tissue but air with a
     * non-zero coefficient), searched from the bounding sphere inwards; the object centre if the ray meets nothing.
     */
    static double entranceDistance(Phantom phantom, ProjectionGeometry g) {
        double[] c = new double[phantom.tissues().size()];
        double start = Math.max(g.sodM() - phantom.radius(), 0);
        for (double d = start; d < g.sidM(); d += SKIN_SEARCH_STEP_M) {
            java.util.Arrays.fill(c, 0);
            phantom.composition(0, g.sodM() - d, 0, c);
            for (int t = 0; t < c.length; t++) {
                if (c[t] != 0 && !phantom.tissues().get(t).name().equals("air")) {
                    return d;
                }
            }
        }
        return g.sodM();
    }
}
