package org.modalis.ultrasound;

/**
 * Adds one Gaussian-enveloped tone, Re{C·e^{iω(k − τ)}}·g(k − τ), to a trace: the two-way pulse of
 * {@link GaussianPulse} sampled at fs, its envelope g tabulated at 32 steps per sample (linear interpolation:
 * relative error below 10⁻⁴ for σ ≥ 2 samples) and its carrier advanced by a rotation per sample, so a stamp
 * costs a few multiplications per sample and no trigonometric call. Shared by the channel model
 * ({@link PulseEchoSimulation}, one stamp per element) and the beam-domain model ({@link BeamDomainSimulation},
 * one stamp per line). Immutable after construction.
 */
final class PulseStamp {

    /** Envelope table resolution: entries per sample. */
    private static final int TABLE_STEPS = 32;

    private final float[] envelope;
    private final int halfLength;
    private final PhasorTable phasors;

    /** @param samplingRate fs [Hz] of the trace the pulse is stamped into */
    PulseStamp(GaussianPulse pulse, double samplingRate, PhasorTable phasors) {
        this.phasors = phasors;
        double sigmaSamples = pulse.sigmaT() * samplingRate;
        halfLength = (int) Math.ceil(GaussianPulse.HALF_LENGTH_SIGMAS * sigmaSamples) + 1;
        envelope = new float[2 * halfLength * TABLE_STEPS + 2];
        for (int i = 0; i < envelope.length; i++) {
            double t = (double) i / TABLE_STEPS - halfLength;
            envelope[i] = (float) Math.exp(-0.5 * t * t / (sigmaSamples * sigmaSamples));
        }
    }

    /**
     * Adds Re{(cr + i·ci)·e^{iω(k − τ)}}·g(k − τ) to {@code out[offset + k]} for 0 ≤ k &lt; samples.
     *
     * @param tau   pulse centre [samples]
     * @param omega carrier [rad/sample]
     * @param stepC cos ω, the carrier's rotation per sample (computed once per source by the caller)
     * @param stepS sin ω
     */
    void add(float[] out, int offset, int samples, double tau, double omega, double stepC, double stepS, double cr,
             double ci) {
        int k0 = Math.max(0, (int) Math.ceil(tau - halfLength + 1));
        int k1 = Math.min(samples - 1, (int) Math.floor(tau + halfLength - 1));
        if (k0 > k1) {
            return;
        }
        double phase = omega * (k0 - tau);
        double c = phasors.cos(phase), sn = phasors.sin(phase);
        double t = (k0 - tau + halfLength) * TABLE_STEPS;
        for (int k = k0; k <= k1; k++, t += TABLE_STEPS) {
            int i = (int) t;
            double f = t - i;
            double g = envelope[i] + f * (envelope[i + 1] - envelope[i]);
            out[offset + k] += (float) ((cr * c - ci * sn) * g);
            double nc = c * stepC - sn * stepS;
            sn = sn * stepC + c * stepS;
            c = nc;
        }
    }
}
