package org.modalis.xray;

/**
 * Iodine concentration of a contrast bolus passing a vessel, the gamma-variate first-pass curve
 * c(t) = c_peak·(τ/(αβ))^α·exp(α − τ/β), τ = t − t₀ &gt; 0 (Thompson et al., Circ. Res. 14:502, 1964, in the
 * peak-normalised form of Madsen, Phys. Med. Biol. 37:1597, 1992): zero before arrival t₀, peak c_peak at
 * τ = αβ, then a skewed wash-out.
 *
 * @param peakMgMl  peak iodine concentration [mg I/mL], 0 … 100
 * @param arrivalS  arrival time t₀ [s], 0 … 30
 * @param alpha     shape α, 0.5 … 10
 * @param betaS     time scale β [s], 0.05 … 10
 */
public record Bolus(double peakMgMl, double arrivalS, double alpha, double betaS) {

    public Bolus {
        if (!(peakMgMl >= 0 && peakMgMl <= 100)) {
            throw new IllegalArgumentException("peak iodine concentration must be in [0, 100] mg/mL, got " + peakMgMl);
        }
        if (!(arrivalS >= 0 && arrivalS <= 30)) {
            throw new IllegalArgumentException("bolus arrival must be in [0, 30] s, got " + arrivalS);
        }
        if (!(alpha >= 0.5 && alpha <= 10) || !(betaS >= 0.05 && betaS <= 10)) {
            throw new IllegalArgumentException("gamma-variate alpha must be in [0.5, 10] and beta in [0.05, 10] s, got "
                    + alpha + ", " + betaS);
        }
    }

    /** c(t) [mg I/mL]. */
    public double concentration(double timeS) {
        double tau = timeS - arrivalS;
        if (tau <= 0) {
            return 0;
        }
        return peakMgMl * Math.pow(tau / (alpha * betaS), alpha) * Math.exp(alpha - tau / betaS);
    }

    /** Time of the peak t₀ + αβ [s]. */
    public double peakTimeS() {
        return arrivalS + alpha * betaS;
    }
}
