package org.modalis.tissue;

import com.github.tschoonj.xraylib.Xraylib;

/**
 * Mass energy-absorption coefficient μen/ρ [cm²/g] of one element, built from xraylib's partial cross
 * sections the way Hubbell (Int. J. Appl. Radiat. Isot. 33:1269, 1982) and Seltzer (Radiat. Res.
 * 136:147, 1993) build the NIST table:
 * μen/ρ = τ − Σ_s σ_fl,s(E)·Ē_s/E + (Z·N_A/A)·σ_tr,KN(E), with τ the photoelectric cross section,
 * σ_fl,s the cross section for fluorescence from shell s ∈ {K, L1, L2, L3} including vacancies passed
 * down by the K→L cascade (xraylib {@code CS_FluorShell_Kissel_Cascade}), Ē_s the radiative-rate
 * weighted mean energy of the shell's lines (the cascade matters for heavy elements: lead at 100 keV
 * comes out 1.994 cm²/g against NIST's 1.976, 9 % high without it), and the Compton term the
 * free-electron Klein–Nishina energy-transfer cross section (Z·N_A/A)·σ_tr,KN. Electron binding removes
 * mostly forward, low-transfer scatters, so the free-electron σ_tr is closer to the bound energy-transfer
 * cross section than the bound σ_incoh times the free fraction: for water and air it reproduces NIST's
 * μen/ρ within 0.4 % from 10 to 150 keV (the other choice is 1.3 % low at 60–100 keV). Rayleigh scattering
 * deposits nothing; bremsstrahlung losses of the secondary electrons (g &lt; 0.1 % below 150 keV in
 * tissue and air) are neglected.
 *
 * <p>Why not xraylib's {@code CS_Energy}: in xraylib 4.1.4 it disagrees with NIST's μen/ρ (oxygen at
 * 20 keV: 0.43 cm²/g, below the photoelectric cross section itself; known upstream issues
 * tschoonj/xraylib#176 and #255), which would make air kerma wrong by up to 30 %.
 */
final class EnergyAbsorption {

    private static final int[] SHELLS = {Xraylib.K_SHELL, Xraylib.L1_SHELL, Xraylib.L2_SHELL, Xraylib.L3_SHELL};
    /** Lines feeding each shell's vacancy, used for the radiative-rate-weighted mean line energy. */
    private static final int[][] SHELL_LINES = {
        {Xraylib.KL2_LINE, Xraylib.KL3_LINE, Xraylib.KM2_LINE, Xraylib.KM3_LINE, Xraylib.KN2_LINE, Xraylib.KN3_LINE},
        {Xraylib.L1M2_LINE, Xraylib.L1M3_LINE, Xraylib.L1N2_LINE, Xraylib.L1N3_LINE},
        {Xraylib.L2M1_LINE, Xraylib.L2M4_LINE, Xraylib.L2N4_LINE},
        {Xraylib.L3M1_LINE, Xraylib.L3M4_LINE, Xraylib.L3M5_LINE, Xraylib.L3N5_LINE},
    };

    private static final double AVOGADRO = 6.02214076e23;
    private final int z;
    private final double electronsPerGram;
    private final double[] edgeKev = new double[SHELLS.length];
    /** Ē_s [keV]: mean energy of a fluorescence photon from shell s (0 where the shell does not fluoresce). */
    private final double[] meanFluorescenceKev = new double[SHELLS.length];

    EnergyAbsorption(int z) {
        this.z = z;
        this.electronsPerGram = z * AVOGADRO / Xraylib.AtomicWeight(z);
        for (int s = 0; s < SHELLS.length; s++) {
            int shell = SHELLS[s];
            edgeKev[s] = orZero(() -> Xraylib.EdgeEnergy(z, shell));
            double yield = orZero(() -> Xraylib.FluorYield(z, shell));
            meanFluorescenceKev[s] = yield > 0 ? meanLineEnergyKev(z, SHELL_LINES[s], edgeKev[s]) : 0;
        }
    }

    /** μen/ρ [cm²/g] at photon energy E [keV]. */
    double massEnergyAbsorptionCm2g(double energyKev) {
        double photo = Xraylib.CS_Photo(z, energyKev);
        double escaped = 0;
        for (int s = 0; s < SHELLS.length; s++) {
            if (meanFluorescenceKev[s] > 0 && energyKev > edgeKev[s]) {
                int shell = SHELLS[s];
                escaped += orZero(() -> Xraylib.CS_FluorShell_Kissel_Cascade(z, shell, energyKev)) * meanFluorescenceKev[s];
            }
        }
        double photoAbsorbed = Math.max(0, photo - escaped / energyKev);
        return photoAbsorbed + KleinNishina.energyTransferCrossSectionCm2(energyKev) * electronsPerGram;
    }

    private static double meanLineEnergyKev(int z, int[] lines, double edge) {
        double rate = 0;
        double energy = 0;
        for (int line : lines) {
            double r = orZero(() -> Xraylib.RadRate(z, line));
            double e = orZero(() -> Xraylib.LineEnergy(z, line));
            rate += r;
            energy += r * e;
        }
        // Without line data (light elements) the emitted photon cannot exceed the binding energy.
        return rate > 0 ? energy / rate : edge;
    }

    private interface Lookup {
        double value();
    }

    /** xraylib signals "no data for this Z/shell/line" by IllegalArgumentException: that is a zero here. */
    private static double orZero(Lookup lookup) {
        try {
            return lookup.value();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
