package org.modalis.physics;

import com.github.tschoonj.xraylib.Xraylib;
import java.util.function.DoubleUnaryOperator;

/**
 * Tungsten K characteristic emission of a thick target, per incident electron, self-filtered along the
 * take-off direction.
 *
 * <p>K vacancies are made by direct electron impact along the CSDA path of {@link TungstenElectronPath}:
 * N_K = ∫_{E_K}^{T0} (N_A/A)·σ_K(T)·exp(−(μ/ρ)_W(E_line)·ρx(T)/sin θ) dT / S(T), with the
 * Worthington &amp; Tomlin (Proc. Phys. Soc. A 69:401, 1956) K-shell ionisation cross section
 * σ_K = πe⁴·n_K·b_K·ln[4U/(1.65 + 2.35·e^(1−U))]/(U·E_K²), U = T/E_K, n_K = 2, b_K = 0.35, the form
 * Green &amp; Cosslett (J. Phys. D 1:425, 1968) used for thick-target K yields. Near threshold it grows as
 * (U − 1)^~1.6 once integrated over the slowing down, the law Green &amp; Cosslett measured and
 * Tucker, Barnes &amp; Chakraborty (Med. Phys. 18:211, 1991) adopted. Each vacancy fills radiatively with the
 * K fluorescence yield ω_K, split among the lines by their radiative rates (xraylib {@code FluorYield},
 * {@code RadRate}, {@code LineEnergy}). Emission is isotropic.
 *
 * <p>K vacancies are also made by bremsstrahlung photons above the edge that head into the target and
 * are photo-absorbed there (indirect fluorescence, comparable to the direct part for tungsten): the
 * Kramers production spectrum N₀(E) = A·Z·(T0 − E)/E, half of it emitted inwards (isotropic, from the
 * surface: the electrons' depth is ≪ 1/μ above the edge), a fraction τ_K/μ of which makes K vacancies
 * (xraylib {@code CS_Photo_Partial}/{@code CS_Total}). Absorption depths of an isotropic inward beam,
 * weighted by the escape exp(−(μ/ρ)_line·ρz/sin θ) along the take-off direction, integrate to the closed
 * form F = (μ/a)·ln(1 + a/μ), a = (μ/ρ)_line/sin θ. Scattered photons' later absorption is neglected.
 *
 * <p>Not modelled: the L lines (8–12 keV), which any tube's inherent filtration removes (1 mm Al
 * transmits e^(−8) of them).
 */
final class TungstenKLines {

    private static final int TUNGSTEN = 74;
    /** πe⁴ [keV² cm²] (6.51×10⁻¹⁴ eV² cm²). */
    private static final double PI_E4_KEV2_CM2 = 6.51e-20;
    private static final double K_ELECTRONS = 2;
    private static final double WORTHINGTON_TOMLIN_B = 0.35;
    /** Kα2, Kα1, Kβ3, Kβ1, Kβ2 (two components): 99.4 % of W's K radiative rate. */
    private static final int[] LINES = {Xraylib.KL2_LINE, Xraylib.KL3_LINE, Xraylib.KM2_LINE, Xraylib.KM3_LINE,
        Xraylib.KN2_LINE, Xraylib.KN3_LINE};

    /** Energy step of the indirect-fluorescence integral [keV]: the integrand is smooth above the edge. */
    private static final double FLUORESCENCE_STEP_KEV = 1.0;

    private final double edgeKev = Xraylib.EdgeEnergy(TUNGSTEN, Xraylib.K_SHELL);
    private final double fluorescenceYield = Xraylib.FluorYield(TUNGSTEN, Xraylib.K_SHELL);
    private final double[] energiesKev = new double[LINES.length];
    private final double[] radiativeRates = new double[LINES.length];

    TungstenKLines() {
        for (int i = 0; i < LINES.length; i++) {
            energiesKev[i] = Xraylib.LineEnergy(TUNGSTEN, LINES[i]);
            radiativeRates[i] = Xraylib.RadRate(TUNGSTEN, LINES[i]);
        }
    }

    /** K-shell binding energy of tungsten [keV] (69.525). */
    double edgeKev() {
        return edgeKev;
    }

    int lineCount() {
        return LINES.length;
    }

    double lineEnergyKev(int line) {
        return energiesKev[line];
    }

    /**
     * Photons of {@code line} leaving the target per electron (4π), after self-filtration with the mass
     * attenuation coefficient of tungsten at the line energy [cm²/g] over {@code exitPathPerPath} g/cm² of
     * tungsten per g/cm² of electron path; zero unless T0 exceeds the K edge.
     */
    double photonsPerElectron(TungstenElectronPath path, int line, double muWCm2g, double exitPathPerPath) {
        double a = muWCm2g * exitPathPerPath;
        double sum = 0;
        double previousT = edgeKev;
        double previousF = 0;
        for (int k = path.segment(edgeKev) + 1; k <= path.intervals(); k++) {
            double t = path.energyKev(k);
            if (t <= edgeKev) {
                continue;
            }
            double f = TungstenElectronPath.ATOMS_PER_GRAM * crossSectionCm2(t) * path.inverseStoppingPower(k)
                    * Math.exp(-a * path.depthGcm2(k));
            sum += 0.5 * (t - previousT) * (f + previousF);
            previousT = t;
            previousF = f;
        }
        return sum * fluorescenceYield * radiativeRates[line];
    }

    /**
     * Photons of each line per electron (4π-equivalent along the take-off direction) from K vacancies made
     * by bremsstrahlung absorbed in the target, written to {@code out[line]}; {@code tungsten} gives
     * (μ/ρ)_W(E) [cm²/g].
     *
     * @param kramersPerKev Kramers' constant A·Z [1/keV]
     */
    void fluorescencePhotonsPerElectron(double t0Kev, double kramersPerKev, DoubleUnaryOperator tungsten,
                                        double sinTakeOff, double[] out) {
        java.util.Arrays.fill(out, 0);
        if (t0Kev <= edgeKev) {
            return;
        }
        double[] a = new double[LINES.length];
        for (int line = 0; line < LINES.length; line++) {
            a[line] = tungsten.applyAsDouble(energiesKev[line]) / sinTakeOff;
        }
        int steps = Math.max(8, (int) Math.ceil((t0Kev - edgeKev) / FLUORESCENCE_STEP_KEV));
        double h = (t0Kev - edgeKev) / steps;
        for (int i = 0; i < steps; i++) {
            double e = edgeKev + (i + 0.5) * h;
            double mu = tungsten.applyAsDouble(e);
            double kShare = Xraylib.CS_Photo_Partial(TUNGSTEN, Xraylib.K_SHELL, e) / mu;
            double vacancies = kramersPerKev * (t0Kev - e) / e * 0.5 * kShare * h;
            for (int line = 0; line < LINES.length; line++) {
                out[line] += vacancies * mu / a[line] * Math.log1p(a[line] / mu);
            }
        }
        for (int line = 0; line < LINES.length; line++) {
            out[line] *= fluorescenceYield * radiativeRates[line];
        }
    }

    /** Worthington–Tomlin K-shell electron-impact ionisation cross section [cm²] at kinetic energy T [keV]. */
    double crossSectionCm2(double tKev) {
        double u = tKev / edgeKev;
        if (u <= 1) {
            return 0;
        }
        double log = Math.log(4 * u / (1.65 + 2.35 * Math.exp(1 - u)));
        return PI_E4_KEV2_CM2 * K_ELECTRONS * WORTHINGTON_TOMLIN_B * log / (u * edgeKev * edgeKev);
    }
}
