package org.modalis.ultrasound.doppler;

/**
 * The pulse-echo sensitivity of one range gate: how strongly a point scatterer at depth offset Δz from the gate
 * centre and lateral offset (x, y) from the beam axis contributes to the gate's IQ sample.
 *
 * <p>Axially: the pulse is a Gaussian-modulated sinusoid p(t) = e^{−t²/2σ_t²}·cos 2πf0t whose −6 dB
 * fractional bandwidth B gives σ_t = √(2 ln 2)/(π·B·f0) (the Gaussian spectrum's amplitude falls to one half at
 * f0 ± B·f0/2). Quadrature demodulation of the echo a·p(t − τ) at f0 and low-pass filtering leave
 * ½·a·env(t − τ)·e^{−i2πf0τ}; averaging that over the gate window of length 2L/c integrates the envelope in closed
 * form, G(Δz) = ½[erf((L/2 − Δz)/(√2σ_z)) − erf((−L/2 − Δz)/(√2σ_z))] with σ_z = c·σ_t/2 — one inside the gate,
 * falling off over the pulse length at its ends. G is tabulated once (step σ_z/64, linear interpolation: relative
 * error below 10⁻⁴).
 *
 * <p>Laterally: a Gaussian two-way beam profile e^{−(x² + y²)/2σ_b²} with −6 dB full width W = 2√(2 ln 2)·σ_b.
 * A scatterer crossing it is amplitude-modulated over its transit time, which is the transit-time (equivalently
 * geometric) spectral broadening of Newhouse et al., Ultrasound Med. Biol. 13 (1987) 415.
 */
public final class SampleVolume {

    /** Gate profile support beyond the gate ends, in σ_z: erf tail there is 1.5·10⁻¹². */
    private static final double TAIL_SIGMAS = 7;
    /** Lateral support in σ_b: the two-way amplitude there is e^{−8} = 3·10⁻⁴, power −70 dB. */
    private static final double LATERAL_SIGMAS = 4;
    private static final int STEPS_PER_SIGMA = 64;

    private final double sigmaZ;
    private final double sigmaBeam;
    private final double halfSupport;
    private final double step;
    private final double[] table;

    public SampleVolume(DopplerProtocol p) {
        this(p.centreFrequencyHz(), p.fractionalBandwidth(), p.gateLengthM(), p.beamWidthM(), p.soundSpeed());
    }

    public SampleVolume(double f0, double fractionalBandwidth, double gateLengthM, double beamWidthM, double c) {
        double sigmaT = Math.sqrt(2 * Math.log(2)) / (Math.PI * fractionalBandwidth * f0);
        this.sigmaZ = c * sigmaT / 2;
        this.sigmaBeam = beamWidthM / (2 * Math.sqrt(2 * Math.log(2)));
        this.halfSupport = gateLengthM / 2 + TAIL_SIGMAS * sigmaZ;
        this.step = sigmaZ / STEPS_PER_SIGMA;
        int n = (int) Math.ceil(2 * halfSupport / step) + 2;
        this.table = new double[n];
        double s = Math.sqrt(2) * sigmaZ;
        for (int i = 0; i < n; i++) {
            double dz = -halfSupport + i * step;
            table[i] = 0.5 * (org.apache.commons.math3.special.Erf.erf((gateLengthM / 2 - dz) / s)
                    - org.apache.commons.math3.special.Erf.erf((-gateLengthM / 2 - dz) / s));
        }
    }

    /** Axial gate weight G(Δz) for a scatterer Δz [m] deeper than the gate centre; 0 outside the support. */
    public double axial(double dz) {
        double u = (dz + halfSupport) / step;
        if (!(u >= 0 && u < table.length - 1)) {
            return 0;
        }
        int i = (int) u;
        double f = u - i;
        return table[i] + f * (table[i + 1] - table[i]);
    }

    /** Lateral two-way beam amplitude at squared distance {@code r2} [m²] from the beam axis. */
    public double lateral(double r2) {
        return Math.exp(-r2 / (2 * sigmaBeam * sigmaBeam));
    }

    /** Half-length of the axial support around the gate centre [m]. */
    public double axialHalfSupport() {
        return halfSupport;
    }

    /** Half-width of the lateral support around the beam axis [m]. */
    public double lateralHalfSupport() {
        return LATERAL_SIGMAS * sigmaBeam;
    }

    /** σ_z of the pulse-echo envelope in depth [m]. */
    public double sigmaZ() {
        return sigmaZ;
    }

    /** σ_b of the lateral beam profile [m]. */
    public double sigmaBeam() {
        return sigmaBeam;
    }

    /**
     * ∫∫∫ G² B² dV [m³]: the effective volume of the gate, so that blood of density ρ filling it returns mean power
     * ρ·volume (unit-variance amplitudes). ∫B² dx dy = π·σ_b² in closed form; ∫G² dz by the trapezoid rule.
     */
    public double effectiveVolume() {
        double sum = 0;
        for (double g : table) {
            sum += g * g;
        }
        return sum * step * Math.PI * sigmaBeam * sigmaBeam;
    }
}
