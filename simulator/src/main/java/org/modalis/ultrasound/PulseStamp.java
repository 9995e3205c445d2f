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
     * Adds Re{(cr + i·ci)·e^{iω(k − τ)}}·g(k − τ) to {@code out[offset + k]} for 0 ≤ k &lt; samples. Only the real part
     * is written, and the real part r_k of a rotating phasor obeys the three-term recurrence r_{k+4} =
     * 2cos(4ω)·r_k − r_{k−4} (cos(θ + 4ω) + cos(θ − 4ω) = 2cos(4ω)·cos θ): one multiply-add per sample instead of a
     * complex rotation's four multiplications. Four interleaved chains (samples k, k + 1, k + 2, k + 3) keep
     * successive samples independent, so the stamp is not one long chain of dependent operations; each chain starts
     * from the complex amplitude at its first sample and one rotation back (a stamp spans ≤ 10 steps per chain, over
     * which the recurrence's rounding stays at 10⁻¹⁵). The envelope index advances by exactly {@link #TABLE_STEPS}
     * per sample, so its interpolation weight is the same for every sample of a stamp.
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
        double phase = omega * (k0 - tau), pc = phasors.cos(phase), ps = phasors.sin(phase);
        double a0r = cr * pc - ci * ps, a0i = cr * ps + ci * pc;
        double a1r = a0r * stepC - a0i * stepS, a1i = a0r * stepS + a0i * stepC;
        double c2 = stepC * stepC - stepS * stepS, s2 = 2 * stepC * stepS;
        double a2r = a0r * c2 - a0i * s2, a2i = a0r * s2 + a0i * c2;
        double a3r = a1r * c2 - a1i * s2, a3i = a1r * s2 + a1i * c2;
        double c4 = c2 * c2 - s2 * s2, s4 = 2 * c2 * s2, twoC4 = 2 * c4;
        // Each chain's value one step (4 samples) before its first: Re{a·e^{−4iω}}.
        double p0 = a0r * c4 + a0i * s4, p1 = a1r * c4 + a1i * s4, p2 = a2r * c4 + a2i * s4, p3 = a3r * c4 + a3i * s4;
        double r0 = a0r, r1 = a1r, r2 = a2r, r3 = a3r;
        double t = (k0 - tau + halfLength) * TABLE_STEPS;
        int i = (int) t;
        double f = t - i;
        float[] g = envelope;
        int k = k0, o = offset + k0;
        for (; k + 3 <= k1; k += 4, o += 4, i += 4 * TABLE_STEPS) {
            out[o] += (float) (r0 * (g[i] + f * (g[i + 1] - g[i])));
            out[o + 1] += (float) (r1 * (g[i + TABLE_STEPS] + f * (g[i + TABLE_STEPS + 1] - g[i + TABLE_STEPS])));
            out[o + 2] += (float) (r2 * (g[i + 2 * TABLE_STEPS] + f * (g[i + 2 * TABLE_STEPS + 1] - g[i + 2 * TABLE_STEPS])));
            out[o + 3] += (float) (r3 * (g[i + 3 * TABLE_STEPS] + f * (g[i + 3 * TABLE_STEPS + 1] - g[i + 3 * TABLE_STEPS])));
            double n0 = twoC4 * r0 - p0, n1 = twoC4 * r1 - p1, n2 = twoC4 * r2 - p2, n3 = twoC4 * r3 - p3;
            p0 = r0;
            p1 = r1;
            p2 = r2;
            p3 = r3;
            r0 = n0;
            r1 = n1;
            r2 = n2;
            r3 = n3;
        }
        // The last samples (fewer than four): chain j holds sample k + j.
        if (k <= k1) {
            out[o] += (float) (r0 * (g[i] + f * (g[i + 1] - g[i])));
        }
        if (k + 1 <= k1) {
            out[o + 1] += (float) (r1 * (g[i + TABLE_STEPS] + f * (g[i + TABLE_STEPS + 1] - g[i + TABLE_STEPS])));
        }
        if (k + 2 <= k1) {
            out[o + 2] += (float) (r2 * (g[i + 2 * TABLE_STEPS] + f * (g[i + 2 * TABLE_STEPS + 1] - g[i + 2 * TABLE_STEPS])));
        }
    }
}
