package org.modalis.physics;

import java.util.Map;
import org.modalis.tissue.CompositionMaterial;
import org.modalis.tissue.XrayMaterial;

/**
 * Air kerma of a photon spectrum and the beam-quality figures derived from it (half-value layer,
 * quarter-value layer, homogeneity coefficient). In the diagnostic range radiative losses of the
 * secondary electrons in air are &lt; 0.1 %, so collision kerma = kerma: K = Σ Φ(E)·E·(μen/ρ)_air(E)
 * (Attix, <i>Introduction to Radiological Physics and Radiation Dosimetry</i>, 1986, eq. 2.11), with
 * μen/ρ of dry air (ICRU Report 37 / NIST composition) from xraylib.
 *
 * <p>Units: Φ [1/mm²] × 10⁶ mm²/m² × E [keV] × 1.602176634×10⁻¹⁶ J/keV × μen/ρ [cm²/g] × 0.1 (m²/kg)/(cm²/g)
 * × 10³ mGy/Gy, i.e. K [mGy] = 1.602176634×10⁻⁸ · Σ Φ·E·μen/ρ.
 */
public final class AirKerma {

    /** mGy per (photons/mm² · keV · cm²/g). */
    static final double MGY_PER_UNIT = 1.602176634e-8;

    private static final CompositionMaterial DRY_AIR = new CompositionMaterial("air", 0.00120479,
            Map.of("C", 0.000124, "N", 0.755268, "O", 0.231781, "Ar", 0.012827),
            "ICRU Report 37 / NIST NISTIR 5632: Air, Dry (near sea level)");

    private AirKerma() {
    }

    /** Dry air as used for kerma (μen/ρ), 1.20479 kg/m³. */
    public static CompositionMaterial dryAir() {
        return DRY_AIR;
    }

    /** Air kerma [mGy] of the spectrum's fluence (per mAs at 1 m for tube spectra). */
    public static double mgy(XraySpectrum spectrum) {
        double sum = 0;
        for (int i = 0; i < spectrum.bins(); i++) {
            double e = spectrum.energyKev(i);
            sum += spectrum.fluence(i) * e * DRY_AIR.massEnergyAbsorptionCm2g(e);
        }
        return sum * MGY_PER_UNIT;
    }

    /**
     * Thickness [mm] of {@code material} that reduces the air kerma to {@code fraction} of its value
     * (0.5: first half-value layer; 0.25: quarter-value layer), narrow beam. Solved by bisection on the
     * strictly decreasing transmitted kerma to 10⁻⁶ mm.
     */
    public static double attenuatingThicknessMm(XraySpectrum spectrum, XrayMaterial material, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("kerma fraction must be in (0, 1), got " + fraction);
        }
        int n = spectrum.bins();
        double[] weight = new double[n];
        double[] muPerMm = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double e = spectrum.energyKev(i);
            weight[i] = spectrum.fluence(i) * e * DRY_AIR.massEnergyAbsorptionCm2g(e);
            muPerMm[i] = material.mu(e) * 1e-3;
            total += weight[i];
        }
        double target = fraction * total;
        double hi = 1e-3;
        while (transmitted(weight, muPerMm, hi) > target) {
            hi *= 2;
            if (hi > 1e7) {
                throw new IllegalArgumentException(material.name() + " does not attenuate this beam");
            }
        }
        double lo = 0;
        while (hi - lo > 1e-6) {
            double mid = 0.5 * (lo + hi);
            if (transmitted(weight, muPerMm, mid) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double transmitted(double[] weight, double[] muPerMm, double tMm) {
        double s = 0;
        for (int i = 0; i < weight.length; i++) {
            s += weight[i] * Math.exp(-muPerMm[i] * tMm);
        }
        return s;
    }
}
