package org.modalis.ultrasound;

import org.modalis.physics.Rng;

/**
 * The forward model of one frame: per-element RF traces of every scan line. For line l, source s and recorded
 * element e the trace receives
 * <pre>  A_s·|H_l(s)|·D(θ_e)·√(r_ref/r_e) · g(t − τ)·cos(2πf_c,s(t − τ) + arg H_l(s)),   τ = m_s·(|s − O_l| + |s − e|)</pre>
 * with H_l the narrow-band transmit field ({@link TransmitBeam}), g the Gaussian envelope of the two-way pulse
 * ({@link GaussianPulse}), m_s the mean slowness along the source's path (so a slow layer delays every echo
 * behind it) and f_c,s its downshifted centre frequency. Receive delays are exact per element and broadband;
 * the transmit is narrow-band (docs/ultrasound.md says what this leaves out).
 *
 * <p>Work is limited where it cannot matter: for a linear array a source is simulated on a line only if it lies
 * within the transmit beam's geometric cone widened by 3 diffraction widths (3λz/D, past the first side lobes), and on any line only where
 * |H| is above the protocol's beam floor relative to the focal maximum; it is recorded by the elements inside
 * the expanding receive aperture at its depth (plus one element), the only ones the beamformer will use.
 * Lines are independent, so they run in parallel with results that do not depend on the thread count. A faulty
 * element ({@link ElementFault}) transmits and receives with its own sensitivity; the scanner's beamformer still
 * weights it as healthy, so a dead element leaves a dark stripe under it, deepest in the near field where the
 * expanding aperture has the fewest elements.
 */
public final class PulseEchoSimulation {

    /** Width of the lateral window in diffraction widths λz/D beyond the geometric cone of the beam. */
    static final double DIFFRACTION_WIDTHS = 3;
    /** Envelope table resolution: entries per sample. */
    private static final int TABLE_STEPS = 32;

    private final Transducer probe;
    private final UltrasoundProtocol protocol;
    private final ScanLines lines;
    private final ChannelLayout layout;
    private final EchoSources sources;
    private final GaussianPulse pulse;
    private final TransmitBeam[] beams;
    private final double[] floor;
    private final float[] envelope;
    private final int halfLength;
    private final PhasorTable phasors = new PhasorTable();
    private final DirectivityTable directivity;
    /** Sensitivity of aperture element a of line l at [l·aperture + a]: 1, or a fault's gain (0 = dead). */
    private final double[] receiveGain;

    public PulseEchoSimulation(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, ChannelLayout layout,
                               EchoSources sources) {
        this.probe = probe;
        this.protocol = protocol;
        this.lines = lines;
        this.layout = layout;
        this.sources = sources;
        this.pulse = new GaussianPulse(probe.centreFrequencyHz(), probe.fractionalBandwidth());
        directivity = new DirectivityTable(probe, probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED));
        beams = new TransmitBeam[lines.count()];
        floor = new double[lines.count()];
        double[] h = new double[2];
        for (int l = 0; l < lines.count(); l++) {
            beams[l] = new TransmitBeam(probe, protocol, lines, l, phasors, directivity);
            beams[l].field(lines.originX(l) + lines.dirX(l) * protocol.transmitFocus(),
                    lines.dirZ(l) * protocol.transmitFocus(), h);
            floor[l] = Math.hypot(h[0], h[1]) * Math.pow(10, protocol.beamFloorDb() / 20);
        }
        receiveGain = new double[layout.elementX().length];
        for (int i = 0; i < receiveGain.length; i++) {
            receiveGain[i] = probe.elementGain(probe.elementNearest(layout.elementX()[i]));
        }
        double sigmaSamples = pulse.sigmaT() * layout.samplingRate();
        halfLength = (int) Math.ceil(GaussianPulse.HALF_LENGTH_SIGMAS * sigmaSamples) + 1;
        envelope = new float[2 * halfLength * TABLE_STEPS + 2];
        for (int i = 0; i < envelope.length; i++) {
            double t = (double) i / TABLE_STEPS - halfLength;
            envelope[i] = (float) Math.exp(-0.5 * t * t / (sigmaSamples * sigmaSamples));
        }
    }

    public ChannelLayout layout() {
        return layout;
    }

    /** Writes line l's noise-free traces into {@code out} ([aperture][samples], cleared first). */
    public void simulateLine(int l, float[] out) {
        java.util.Arrays.fill(out, 0, layout.lineSize(), 0f);
        int first = 0, last = sources.count();
        if (probe.type() == ArrayType.LINEAR) {
            double reach = beams[l].halfAperture + DIFFRACTION_WIDTHS * probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED)
                    * protocol.depth() / (2 * beams[l].halfAperture) + protocol.depth() / (2 * protocol.receiveFNumber());
            first = sources.firstAtOrAfter(lines.originX(l) - reach);
            last = sources.firstAtOrAfter(lines.originX(l) + reach);
        }
        double[] h = new double[2];
        for (int s = first; s < last; s++) {
            if (probe.type() == ArrayType.LINEAR && !inCone(l, sources.x[s], sources.z[s])) {
                continue;
            }
            beams[l].field(sources.x[s], sources.z[s], h);
            double mag2 = h[0] * h[0] + h[1] * h[1];
            if (mag2 >= floor[l] * floor[l] && mag2 > 0) {
                record(l, s, h, out);
            }
        }
    }

    /** Inside the transmit cone: |x − x_l| ≤ (D/2)·|1 − z/F| + 3λ·z/D (the focused beam's geometric envelope). */
    private boolean inCone(int l, double x, double z) {
        double half = beams[l].halfAperture;
        double lambda = probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        double width = half * Math.abs(1 - z / protocol.transmitFocus()) + DIFFRACTION_WIDTHS * lambda * z / (2 * half);
        return Math.abs(x - lines.originX(l)) <= width;
    }

    private void record(int l, int s, double[] h, float[] out) {
        double x = sources.x[s], z = sources.z[s], m = sources.slowness[s];
        double fs = layout.samplingRate();
        double ox = x - lines.originX(l);
        double tx = m * Math.sqrt(ox * ox + z * z);
        double range = probe.type() == ArrayType.LINEAR ? z : Math.sqrt(x * x + z * z);
        double centre = probe.type() == ArrayType.LINEAR ? lines.originX(l) : 0;
        double reach = range / (2 * protocol.receiveFNumber()) + probe.pitch();
        double omega = 2 * Math.PI * sources.centreFrequency[s] / fs; // carrier phase per sample
        double cr = sources.amplitude[s] * h[0], ci = sources.amplitude[s] * h[1];
        double stepC = Math.cos(omega), stepS = Math.sin(omega); // the carrier's rotation per sample
        for (int a = 0; a < layout.aperture(); a++) {
            double ex = layout.elementX()[l * layout.aperture() + a];
            double sensitivity = receiveGain[l * layout.aperture() + a];
            if (Math.abs(ex - centre) > reach || sensitivity == 0) {
                continue;
            }
            double dx = x - ex;
            double r = Math.sqrt(dx * dx + z * z);
            double gain = sensitivity * directivity.at(dx / r) * Math.sqrt(TransmitBeam.REFERENCE_RANGE / r);
            stamp(out, a * layout.samples(), (tx + m * r) * fs, omega, stepC, stepS, cr * gain, ci * gain);
        }
    }

    /** Adds Re{C·e^{iω(k − τ)}}·g(k − τ) to the trace at {@code offset}, τ in samples. */
    private void stamp(float[] out, int offset, double tau, double omega, double stepC, double stepS, double cr, double ci) {
        int k0 = Math.max(0, (int) Math.ceil(tau - halfLength + 1));
        int k1 = Math.min(layout.samples() - 1, (int) Math.floor(tau + halfLength - 1));
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

    /**
     * Adds electronic noise (white Gaussian, rms 10^(noise dB/20) per sample) to line l's traces from the
     * line's own stream of {@code rng}, so the noise does not depend on which thread ran the line.
     */
    public void addNoise(int l, float[] out, Rng rng) {
        double sd = Math.pow(10, protocol.noiseDb() / 20);
        Rng stream = rng.stream(l);
        for (int i = 0; i < layout.lineSize(); i++) {
            out[i] += (float) (sd * stream.gaussian());
        }
    }
}
