package org.modalis.xray;

import org.modalis.phantom.Phantom;
import org.modalis.physics.AirKerma;
import org.modalis.physics.XraySpectrum;

/**
 * Patient-dose figures of a radiograph. The tube's air kerma K₁ [mGy/mAs at 1 m] ({@link AirKerma}) falls as 1/d²:
 * K(d) = K₁·mAs/d²; the incident air kerma K_i is that at the entrance surface on the central ray, free in air.
 * The entrance surface air kerma adds the radiation the patient scatters back: ESAK = K_i·B with the backscatter
 * factor B (IAEA TRS 457 §8.2 and its tables from Petoussi-Henss et al., Phys. Med. Biol. 43:2237, 1998: about
 * 1.25–1.45 for water and diagnostic beams, rising with HVL and field size; the user gives it). The kerma–area
 * product is invariant along the beam (the field area grows as d²): KAP = K(SID)·A_field, with A_field the
 * collimated field at the detector plane (IAEA TRS 457 §2.3).
 *
 * @param entranceKermaMgy  incident air kerma on the central ray at the entrance surface [mGy], no backscatter
 * @param kapGyCm2          kerma–area product [Gy·cm²]
 * @param entranceDistanceM focal spot to entrance surface [m]
 * @param backscatterFactor B, 1 … 2
 */
public record XrayDose(double entranceKermaMgy, double kapGyCm2, double entranceDistanceM, double backscatterFactor) {

    public XrayDose {
        if (!(backscatterFactor >= 1 && backscatterFactor <= 2)) {
            throw new IllegalArgumentException("backscatter factor must be in [1, 2], got " + backscatterFactor);
        }
    }

    /** Entrance surface air kerma ESAK = K_i·B [mGy]. */
    public double esakMgy() {
        return entranceKermaMgy * backscatterFactor;
    }

    /** Step [m] of the search for the skin along the central ray: 0.1 mm, far below clinical tolerance. */
    static final double SKIN_SEARCH_STEP_M = 1e-4;

    /** Air kerma [mGy] free in air at distance d [m] from the focal spot. */
    public static double kermaMgy(XraySpectrum spectrum, double mas, double distanceM) {
        return AirKerma.mgy(spectrum) * mas / (distanceM * distanceM);
    }

    /** Uncollimated (field = detector), no backscatter factor (B = 1). */
    public static XrayDose of(XraySpectrum spectrum, double mas, ProjectionGeometry g, Phantom phantom) {
        return of(spectrum, mas, g, phantom, Collimator.OPEN, 1);
    }

    /** With the collimated field and the backscatter factor B. */
    public static XrayDose of(XraySpectrum spectrum, double mas, ProjectionGeometry g, Phantom phantom,
                              Collimator field, double backscatterFactor) {
        double entrance = entranceDistance(phantom, g);
        double kap = kermaMgy(spectrum, mas, g.sidM()) * 1e-3 * field.areaM2(g) * 1e4;
        return new XrayDose(kermaMgy(spectrum, mas, entrance), kap, entrance, backscatterFactor);
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
