package org.modalis.ultrasound.doppler;

import java.util.Objects;

/**
 * A straight cylindrical vessel: lumen radius, depth of its axis where it crosses the beam axis, the blood
 * velocity profile, and the stationary (or slowly moving) tissue around it that returns the clutter.
 * Its orientation relative to the beam is the insonation angle of the {@link DopplerProtocol}.
 *
 * @param radiusM lumen radius R [m]
 * @param axisDepthM depth of the vessel axis on the beam axis [m]
 * @param profile blood velocity across the lumen and over time
 * @param scattererDensityPerMm3 blood point scatterers per mm³ (an effective density, far below the red-cell
 *        count; ten or more per resolution cell gives the circular Gaussian — Rayleigh — echo statistics of
 *        blood, Wagner et al., IEEE Trans. Sonics Ultrason. 30 (1983) 156)
 * @param clutter the tissue around the lumen
 */
public record Vessel(double radiusM, double axisDepthM, VelocityProfile profile, double scattererDensityPerMm3,
        TissueClutter clutter) {

    /** Default effective blood scatterer density [1/mm³]. */
    public static final double DEFAULT_DENSITY_PER_MM3 = 20;

    public Vessel {
        if (!(radiusM >= 0.2e-3 && radiusM <= 20e-3)) {
            throw new IllegalArgumentException("vessel radius must be 0.2…20 mm, got " + radiusM * 1e3 + " mm");
        }
        if (!(axisDepthM >= 2e-3 && axisDepthM <= 0.25)) {
            throw new IllegalArgumentException("vessel depth must be 2…250 mm, got " + axisDepthM * 1e3 + " mm");
        }
        if (!(scattererDensityPerMm3 >= 1 && scattererDensityPerMm3 <= 500)) {
            throw new IllegalArgumentException("blood scatterer density must be 1…500 per mm³, got " + scattererDensityPerMm3);
        }
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(clutter, "clutter");
    }

    /** A vessel with the default scatterer density and no clutter. */
    public static Vessel of(double radiusM, double axisDepthM, VelocityProfile profile) {
        return new Vessel(radiusM, axisDepthM, profile, DEFAULT_DENSITY_PER_MM3, TissueClutter.NONE);
    }

    /** The same vessel surrounded by {@code c}. */
    public Vessel withClutter(TissueClutter c) {
        return new Vessel(radiusM, axisDepthM, profile, scattererDensityPerMm3, c);
    }

    /** The same vessel with another velocity profile. */
    public Vessel withProfile(VelocityProfile p) {
        return new Vessel(radiusM, axisDepthM, p, scattererDensityPerMm3, clutter);
    }

    /** Blood scatterer density [1/m³]. */
    public double scattererDensity() {
        return scattererDensityPerMm3 * 1e9;
    }
}
