package org.modalis.physics;

import java.util.Arrays;
import java.util.Objects;
import org.modalis.tissue.XrayMaterial;

/**
 * A discrete X-ray photon spectrum: energy bin centres [keV] and the photon fluence in each bin
 * [photons / (mm²·mAs)] at 1 m from the focal spot. A monochromatic beam is a single bin.
 */
public record XraySpectrum(double[] energiesKev, double[] fluence, String description) {

    public XraySpectrum {
        Objects.requireNonNull(energiesKev, "energiesKev");
        Objects.requireNonNull(fluence, "fluence");
        if (energiesKev.length != fluence.length || energiesKev.length == 0) {
            throw new IllegalArgumentException("spectrum needs as many fluence values as energies (and at least one)");
        }
        energiesKev = energiesKev.clone();
        fluence = fluence.clone();
    }

    /** A single-energy beam with the given fluence [photons/(mm²·mAs) at 1 m]. */
    public static XraySpectrum monochromatic(double energyKev, double fluence) {
        return new XraySpectrum(new double[] {energyKev}, new double[] {fluence}, energyKev + " keV monochromatic");
    }

    public int bins() {
        return energiesKev.length;
    }

    public double energyKev(int bin) {
        return energiesKev[bin];
    }

    public double fluence(int bin) {
        return fluence[bin];
    }

    /** Total photon fluence [photons/(mm²·mAs)] at 1 m. */
    public double totalFluence() {
        return Arrays.stream(fluence).sum();
    }

    /** Fluence-weighted mean energy [keV]. */
    public double meanEnergyKev() {
        double n = 0;
        double e = 0;
        for (int i = 0; i < fluence.length; i++) {
            n += fluence[i];
            e += fluence[i] * energiesKev[i];
        }
        return e / n;
    }

    /** The spectrum after a slab of {@code material} of the given thickness [m] (Beer–Lambert per bin). */
    public XraySpectrum filtered(XrayMaterial material, double thicknessM) {
        double[] out = new double[fluence.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = fluence[i] * Math.exp(-material.mu(energiesKev[i]) * thicknessM);
        }
        return new XraySpectrum(energiesKev, out, description + " + " + thicknessM * 1e3 + " mm " + material.name());
    }

    /** The same spectral shape scaled to a new total fluence. */
    public XraySpectrum scaled(double factor) {
        double[] out = fluence.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return new XraySpectrum(energiesKev, out, description);
    }

    /** Air kerma [mGy] of this fluence: per mAs at 1 m for a tube spectrum ({@link AirKerma}). */
    public double airKermaMgy() {
        return AirKerma.mgy(this);
    }

    /** First half-value layer [mm] of {@code material}: the narrow-beam thickness that halves the air kerma. */
    public double halfValueLayerMm(XrayMaterial material) {
        return AirKerma.attenuatingThicknessMm(this, material, 0.5);
    }

    /** Quarter-value layer [mm] of {@code material}: the thickness that reduces the air kerma to 1/4. */
    public double quarterValueLayerMm(XrayMaterial material) {
        return AirKerma.attenuatingThicknessMm(this, material, 0.25);
    }

    /**
     * Homogeneity coefficient HVL₁/HVL₂ in {@code material} (HVL₂ = QVL − HVL₁): 1 for a monochromatic beam,
     * below 1 for a polychromatic beam that hardens as it is filtered (IEC 61267 quotes it per beam quality).
     */
    public double homogeneityCoefficient(XrayMaterial material) {
        double hvl1 = halfValueLayerMm(material);
        return hvl1 / (quarterValueLayerMm(material) - hvl1);
    }
}
