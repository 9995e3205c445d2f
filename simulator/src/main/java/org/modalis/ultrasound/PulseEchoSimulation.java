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

    private final Transducer probe;
    private final UltrasoundProtocol protocol;
    private final ChannelLayout layout;
    private final ScanLines lines;
    private final EchoSources sources;
    private final TransmitBeams beams;
    private final PulseStamp stamp;
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
        PhasorTable phasors = new PhasorTable();
        directivity = new DirectivityTable(probe, probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED));
        beams = new TransmitBeams(probe, protocol, lines, phasors, directivity);
        receiveGain = new double[layout.elementX().length];
        for (int i = 0; i < receiveGain.length; i++) {
            receiveGain[i] = layout.elementGain(probe, i / layout.aperture(), i % layout.aperture());
        }
        stamp = new PulseStamp(new GaussianPulse(probe.centreFrequencyHz(), probe.fractionalBandwidth()),
                layout.samplingRate(), phasors);
    }

    public ChannelLayout layout() {
        return layout;
    }

    /** Writes line l's noise-free traces into {@code out} ([aperture][samples], cleared first). */
    public void simulateLine(int l, float[] out) {
        java.util.Arrays.fill(out, 0, layout.lineSize(), 0f);
        double[] h = new double[2];
        for (int s = beams.firstSource(l, sources), last = beams.lastSource(l, sources); s < last; s++) {
            if (beams.fieldAboveFloor(l, sources.x[s], sources.z[s], h)) {
                record(l, s, h, out);
            }
        }
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
        double stepC = Math.cos(omega), stepS = Math.sin(omega);
        for (int a = 0; a < layout.aperture(); a++) {
            double ex = layout.elementX()[l * layout.aperture() + a];
            double sensitivity = receiveGain[l * layout.aperture() + a];
            if (Math.abs(ex - centre) > reach || sensitivity == 0) {
                continue;
            }
            double dx = x - ex;
            double r = Math.sqrt(dx * dx + z * z);
            double gain = sensitivity * directivity.at(dx / r) * Math.sqrt(TransmitBeam.REFERENCE_RANGE / r);
            stamp.add(out, a * layout.samples(), layout.samples(), (tx + m * r) * fs, omega, stepC, stepS, cr * gain, ci * gain);
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
