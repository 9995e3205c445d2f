package org.modalis.physics;

/**
 * The slowing down of a tube electron in the tungsten target, in the continuous-slowing-down
 * approximation: the mass depth ρx [g/cm²] at which an electron that entered with T0 has kinetic energy
 * T, ρx(T) = ∫_T^T0 dT'/S(T'), with the collision stopping power S of Bethe's relativistic formula for
 * electrons (ICRU Report 37, 1984, eq. 2.1; density effect negligible below 150 keV) and tungsten's mean
 * excitation energy I = 727 eV (ICRU 37, Table 4.2). Radiative stopping (≈2 % of S at 150 keV in W) is
 * neglected. As in Birch &amp; Marshall (Phys. Med. Biol. 24:505, 1979), who used the Thomson–Whiddington
 * approximation S ∝ 1/T of the same law, the path length is taken as the depth below the surface (electrons
 * enter normally); this is what sets the anode self-filtration.
 *
 * <p>Tabulated on n + 1 equally spaced energies from {@code tMinKev} to T0; immutable.
 */
final class TungstenElectronPath {

    /** Z/A of tungsten [mol/g]: 74 / 183.84. */
    static final double Z_OVER_A = 74.0 / 183.84;
    /** Avogadro's number over tungsten's molar mass [atoms/g]. */
    static final double ATOMS_PER_GRAM = 6.02214076e23 / 183.84;
    private static final double MEAN_EXCITATION_KEV = 0.727;
    private static final double ELECTRON_REST_KEV = 510.99895;
    /** 2π r_e² m_e c² N_A [MeV cm²/mol] = 0.153537 MeV cm²/mol, in keV. */
    private static final double BETHE_CONSTANT_KEV = 153.537;

    private final double t0Kev;
    private final double tMinKev;
    private final double stepKev;
    private final double[] depthGcm2;
    private final double[] inverseStoppingPower;

    TungstenElectronPath(double t0Kev, double tMinKev, int intervals) {
        this.t0Kev = t0Kev;
        this.tMinKev = tMinKev;
        this.stepKev = (t0Kev - tMinKev) / intervals;
        depthGcm2 = new double[intervals + 1];
        inverseStoppingPower = new double[intervals + 1];
        for (int k = 0; k <= intervals; k++) {
            inverseStoppingPower[k] = 1 / collisionStoppingPowerKevCm2g(energyKev(k));
        }
        for (int k = intervals - 1; k >= 0; k--) {
            depthGcm2[k] = depthGcm2[k + 1] + 0.5 * stepKev * (inverseStoppingPower[k] + inverseStoppingPower[k + 1]);
        }
    }

    /** Bethe's electron collision stopping power of tungsten [keV cm²/g] at kinetic energy T [keV]. */
    static double collisionStoppingPowerKevCm2g(double tKev) {
        return collisionStoppingPowerKevCm2g(tKev, Z_OVER_A, MEAN_EXCITATION_KEV);
    }

    /** The same for any medium with ⟨Z/A⟩ [mol/g] and mean excitation energy I [keV] (no density effect). */
    static double collisionStoppingPowerKevCm2g(double tKev, double zOverA, double meanExcitationKev) {
        double tau = tKev / ELECTRON_REST_KEV;
        double beta2 = 1 - 1 / ((1 + tau) * (1 + tau));
        double iRel = meanExcitationKev / ELECTRON_REST_KEV;
        double f = 1 - beta2 + (tau * tau / 8 - (2 * tau + 1) * Math.log(2)) / ((tau + 1) * (tau + 1));
        double bracket = Math.log(tau * tau * (tau + 2) / (2 * iRel * iRel)) + f;
        // Bethe's logarithm fails near T ≈ I; photon energies here are ≥ 1 keV ≫ I/… so the floor never binds
        // in practice, it only keeps the table finite.
        return BETHE_CONSTANT_KEV * zOverA / beta2 * Math.max(bracket, 0.1);
    }

    int intervals() {
        return depthGcm2.length - 1;
    }

    double stepKev() {
        return stepKev;
    }

    double energyKev(int k) {
        return k == depthGcm2.length - 1 ? t0Kev : tMinKev + k * stepKev;
    }

    /** Depth [g/cm²] at which the electron energy has fallen to node k's energy. */
    double depthGcm2(int k) {
        return depthGcm2[k];
    }

    /** 1/S [g/(cm² keV)] at node k: path length per unit energy lost. */
    double inverseStoppingPower(int k) {
        return inverseStoppingPower[k];
    }

    /** CSDA range in tungsten [g/cm²] from T0 down to the lowest tabulated energy. */
    double rangeGcm2() {
        return depthGcm2[0];
    }

    /** The node index k with energy(k) ≤ tKev &lt; energy(k+1), clamped to the table. */
    int segment(double tKev) {
        int k = (int) Math.floor((tKev - tMinKev) / stepKev);
        return Math.max(0, Math.min(intervals() - 1, k));
    }

    /** Depth [g/cm²] at energy T, linear between nodes. */
    double depthAtGcm2(double tKev) {
        int k = segment(tKev);
        double f = (tKev - energyKev(k)) / stepKev;
        return depthGcm2[k] + f * (depthGcm2[k + 1] - depthGcm2[k]);
    }
}
