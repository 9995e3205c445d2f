package org.modalis.tissue;

/**
 * Compton energy transfer to a free electron at rest: the Klein–Nishina energy-transfer cross section
 * σ_tr (Attix 1986, §7.III), integrated over the scattering angle numerically (the closed form's terms
 * cancel catastrophically below ~10 keV). 64-point Gauss–Legendre integrates the smooth integrand to
 * &lt; 10⁻¹⁰ relative error.
 */
final class KleinNishina {

    private static final double ELECTRON_REST_KEV = 510.99895;
    private static final int NODES = 64;
    private static final double[] X = new double[NODES];
    private static final double[] W = new double[NODES];

    static {
        var rule = new org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory().legendre(NODES);
        for (int i = 0; i < NODES; i++) {
            X[i] = rule.getPoint(i);
            W[i] = rule.getWeight(i);
        }
    }

    private KleinNishina() {
    }

    /** Classical electron radius squared [cm²]. */
    private static final double RE2_CM2 = 2.8179403262e-13 * 2.8179403262e-13;

    /**
     * Klein–Nishina energy-transfer cross section per electron σ_tr [cm²] at photon energy E [keV]:
     * 2π r_e² ∫ (dσ/dΩ)·(1 − E'/E) d(cos θ).
     */
    static double energyTransferCrossSectionCm2(double energyKev) {
        double k = energyKev / ELECTRON_REST_KEV;
        double transferred = 0;
        for (int i = 0; i < NODES; i++) {
            double cosTheta = X[i];
            double ratio = 1 / (1 + k * (1 - cosTheta));
            double dSigma = 0.5 * ratio * ratio * (ratio + 1 / ratio - (1 - cosTheta * cosTheta));
            transferred += W[i] * dSigma * (1 - ratio);
        }
        return 2 * Math.PI * RE2_CM2 * transferred;
    }
}
