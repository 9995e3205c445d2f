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
     * Adds Re{(cr + i·ci)·e^{iω(k − τ)}}·g(k − τ) to {@code out[offset + k]} for 0 ≤ k &lt; samples. The complex
     * amplitude a_k = (cr + i·ci)·e^{iω(k − τ)} advances by e^{iω} per sample; four interleaved recurrences
     * (samples k, k + 1, k + 2, k + 3, each advancing by e^{4iω}) keep the multiplications of successive samples
     * independent, so the stamp is not one long chain of dependent multiplications (measured 1.5× faster). The
     * envelope index advances by exactly {@link #TABLE_STEPS} per sample, so its interpolation weight is the same for
     * every sample of a stamp.
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
        double c4 = c2 * c2 - s2 * s2, s4 = 2 * c2 * s2;
        double t = (k0 - tau + halfLength) * TABLE_STEPS;
        int i = (int) t;
        double f = t - i;
        float[] g = envelope;
        int k = k0, o = offset + k0;
        for (; k + 3 <= k1; k += 4, o += 4, i += 4 * TABLE_STEPS) {
            out[o] += (float) (a0r * (g[i] + f * (g[i + 1] - g[i])));
            out[o + 1] += (float) (a1r * (g[i + TABLE_STEPS] + f * (g[i + TABLE_STEPS + 1] - g[i + TABLE_STEPS])));
            out[o + 2] += (float) (a2r * (g[i + 2 * TABLE_STEPS] + f * (g[i + 2 * TABLE_STEPS + 1] - g[i + 2 * TABLE_STEPS])));
            out[o + 3] += (float) (a3r * (g[i + 3 * TABLE_STEPS] + f * (g[i + 3 * TABLE_STEPS + 1] - g[i + 3 * TABLE_STEPS])));
            double r;
            r = a0r * c4 - a0i * s4;
            a0i = a0r * s4 + a0i * c4;
            a0r = r;
            r = a1r * c4 - a1i * s4;
            a1i = a1r * s4 + a1i * c4;
            a1r = r;
            r = a2r * c4 - a2i * s4;
            a2i = a2r * s4 + a2i * c4;
            a2r = r;
            r = a3r * c4 - a3i * s4;
            a3i = a3r * s4 + a3i * c4;
            a3r = r;
        }
        for (; k <= k1; k++, o++, i += TABLE_STEPS) { // a0 is sample k's amplitude
            out[o] += (float) (a0r * (g[i] + f * (g[i + 1] - g[i])));
            double r = a0r * stepC - a0i * stepS;
            a0i = a0r * stepS + a0i * stepC;
            a0r = r;
        }
    }
}
