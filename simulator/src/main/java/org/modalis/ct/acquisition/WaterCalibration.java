package org.modalis.ct.acquisition;

import org.modalis.tissue.XrayMaterial;

/**
 * The scanner's water calibration. A polychromatic, energy-integrating measurement through water of
 * length L gives p(L) = −ln(Σ w_e e^(−μ_w(E_e)L) / Σ w_e), which bends below the straight line μ·L as the
 * beam hardens. The calibration tabulates p(L) and defines the reference attenuation μ_ref as the secant
 * slope p(L_ref)/L_ref through {@value #REFERENCE_LENGTH_M} m of water (a typical patient).
 * <ul>
 *   <li>HU scale: μ_ref is "water" (0 HU), so a uniform water object of typical size reads ≈ 0 HU.</li>
 *   <li>Beam-hardening correction (Herman 1979; the water pre-correction of clinical scanners): map each
 *   measured p back to the water length L(p) and replace it by μ_ref·L — exact for water-only objects,
 *   leaving the residual error of bone and iodine (their spectral dependence differs from water's).</li>
 *   <li>Effective energy: the energy E_eff at which μ_water(E_eff) = μ_ref; the truth image is the phantom's
 *   μ at E_eff, what an ideal scanner with this beam would show.</li>
 * </ul>
 * For a monochromatic beam p(L) = μ_w·L exactly and the correction is the identity.
 */
public final class WaterCalibration {

    /** Water length [m] that defines μ_ref: 200 mm, the diameter of the standard water QA phantom. */
    public static final double REFERENCE_LENGTH_M = 0.2;
    private static final double MAX_LENGTH_M = 1.0;
    private static final int STEPS = 4000;

    private final double[] table;
    /**
     * For p in [g·Δp, (g + 1)·Δp) with Δp = p(L_max)/{@value #STEPS}: the largest table index whose p is ≤ g·Δp,
     * where the search for L(p) starts — one or two steps instead of a 12-step bisection per detector reading.
     */
    private final int[] guide;
    private final double invGuideStep;
    /** 1/(table[i + 1] − table[i]): the inversion multiplies instead of dividing (two divisions per reading saved). */
    private final double[] invRise;
    private final double stepM;
    private final double muRef;
    private final double effectiveEnergyKev;
    private final double muAirAtEffective;

    public WaterCalibration(DetectorExposure exposure, XrayMaterial water, XrayMaterial air) {
        double[] muW = new double[exposure.bins()];
        for (int e = 0; e < muW.length; e++) {
            muW[e] = water.mu(exposure.energiesKev()[e]);
        }
        double s0 = exposure.openSignal();
        stepM = MAX_LENGTH_M / STEPS;
        table = new double[STEPS + 1];
        for (int i = 0; i <= STEPS; i++) {
            double s = 0;
            for (int e = 0; e < muW.length; e++) {
                s += exposure.weights()[e] * Math.exp(-muW[e] * i * stepM);
            }
            table[i] = -Math.log(s / s0);
        }
        double guideStep = table[STEPS] / STEPS;
        invGuideStep = 1 / guideStep;
        invRise = new double[STEPS];
        for (int i = 0; i < STEPS; i++) {
            invRise[i] = 1 / (table[i + 1] - table[i]);
        }
        guide = new int[STEPS];
        for (int g = 0, i = 0; g < STEPS; g++) {
            while (i < STEPS - 1 && table[i + 1] <= g * guideStep) {
                i++;
            }
            guide[g] = i;
        }
        muRef = lineIntegral(REFERENCE_LENGTH_M) / REFERENCE_LENGTH_M;
        effectiveEnergyKev = solveEnergy(water, muRef, exposure);
        muAirAtEffective = air.mu(effectiveEnergyKev);
    }

    /** Reference μ of water [1/m] (0 HU). */
    public double muWater() {
        return muRef;
    }

    /** μ of air [1/m] at the effective energy (−1000 HU). */
    public double muAir() {
        return muAirAtEffective;
    }

    /** Energy [keV] at which water's μ equals the reference. */
    public double effectiveEnergyKev() {
        return effectiveEnergyKev;
    }

    /** Polychromatic line integral p(L) through water of length L [m]. */
    public double lineIntegral(double lengthM) {
        double x = Math.min(lengthM, MAX_LENGTH_M) / stepM;
        int i = Math.min((int) x, STEPS - 1);
        double f = x - i;
        return table[i] * (1 - f) + table[i + 1] * f;
    }

    /** Water-equivalent length [m] whose polychromatic line integral is p (table inversion). */
    public double waterLength(double p) {
        if (p <= 0) {
            return p / table[1] * stepM; // linear continuation below zero (noise makes p < 0 possible)
        }
        if (p >= table[STEPS]) {
            return MAX_LENGTH_M + (p - table[STEPS]) / (table[STEPS] - table[STEPS - 1]) * stepM;
        }
        // p(L) increases strictly: the largest lo with table[lo] ≤ p, searched up from the guide.
        int lo = guide[Math.min((int) (p * invGuideStep), STEPS - 1)];
        while (lo > 0 && table[lo] > p) { // only if p/Δp rounded up across a cell boundary
            lo--;
        }
        while (table[lo + 1] <= p) {
            lo++;
        }
        return (lo + (p - table[lo]) * invRise[lo]) * stepM;
    }

    /** Beam-hardening-corrected line integral μ_ref·L(p). */
    public double correct(double p) {
        return muRef * waterLength(p);
    }

    private static double solveEnergy(XrayMaterial water, double mu, DetectorExposure exposure) {
        // μ_water(E) decreases monotonically from 10 to 150 keV: bisection.
        double lo = 10;
        double hi = 150;
        if (exposure.bins() == 1) {
            return exposure.energiesKev()[0];
        }
        for (int it = 0; it < 60; it++) {
            double mid = 0.5 * (lo + hi);
            if (water.mu(mid) > mu) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
