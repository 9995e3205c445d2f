package org.modalis.ct.acquisition;

import java.util.ArrayList;
import java.util.List;
import org.modalis.physics.XraySpectrum;

/**
 * What one detector element receives in one view of an open (unattenuated) beam: the expected number of
 * photons N_e in each energy bin, and the energy-integrating signal weights w_e = N_e·E_e [keV]
 * (ideal absorber, η(E) = 1: a 1.4 mm GOS or ceramic CT detector absorbs nearly all photons below 150 keV).
 * The signal behind an object is S = Σ_e w_e·exp(−Σ_t L_t·μ_t(E_e)); its quantum variance is
 * Σ_e N_e·E_e²·exp(…), a compound Poisson sum — the energy weighting that makes beam hardening.
 *
 * <p>Bins carrying less than 1e-7 of the signal are dropped: they change no projection by more than
 * 1e-7 and cost time in every ray.
 */
public record DetectorExposure(double[] energiesKev, double[] photons, double[] weights) {

    /**
     * @param atDetector   photon spectrum per mm² per mAs at 1 m, after all filtration
     * @param distanceM    focal spot to detector [m] (inverse-square law)
     * @param areaMm2      detector element area [mm²]
     * @param masPerView   exposure per view [mAs]
     */
    public static DetectorExposure of(XraySpectrum atDetector, double distanceM, double areaMm2, double masPerView) {
        double scale = areaMm2 * masPerView / (distanceM * distanceM);
        double total = 0;
        for (int e = 0; e < atDetector.bins(); e++) {
            total += atDetector.fluence(e) * atDetector.energyKev(e);
        }
        List<double[]> kept = new ArrayList<>();
        for (int e = 0; e < atDetector.bins(); e++) {
            double w = atDetector.fluence(e) * atDetector.energyKev(e);
            if (w > 1e-7 * total) {
                double n = atDetector.fluence(e) * scale;
                kept.add(new double[] {atDetector.energyKev(e), n, n * atDetector.energyKev(e)});
            }
        }
        double[] en = new double[kept.size()];
        double[] ph = new double[kept.size()];
        double[] wt = new double[kept.size()];
        for (int i = 0; i < en.length; i++) {
            en[i] = kept.get(i)[0];
            ph[i] = kept.get(i)[1];
            wt[i] = kept.get(i)[2];
        }
        return new DetectorExposure(en, ph, wt);
    }

    public int bins() {
        return energiesKev.length;
    }

    /** Open-beam signal S₀ = Σ w_e [keV]: what the air calibration measures. */
    public double openSignal() {
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s;
    }

    /** Expected photons per element per view in the open beam. */
    public double openPhotons() {
        double s = 0;
        for (double n : photons) {
            s += n;
        }
        return s;
    }

    /** Mean energy [keV] of a detected quantum in the open beam, energy weighted: Σ N E² / Σ N E. */
    public double quantumEnergyKev() {
        double a = 0;
        double b = 0;
        for (int e = 0; e < energiesKev.length; e++) {
            a += weights[e] * energiesKev[e];
            b += weights[e];
        }
        return a / b;
    }
}
