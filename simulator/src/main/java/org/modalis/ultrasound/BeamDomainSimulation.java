package org.modalis.ultrasound;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.modalis.physics.Rng;

/**
 * The beam-domain pulse-echo model: the delay-and-sum output of every line computed directly, one pulse per
 * (source, line) instead of one per (source, line, element). DAS is linear in the sources, and with the transmit
 * and the receive both narrow-band the beamformed line l is
 * <pre>  rf_l(t) = Σ_s A_s·G(f_c,s)·Re{H_tx,l(s)·H_rx,l(s)·e^{i2πf_c,s(t − τ_s)}}·g(t − τ_s),   τ_s = 2·m_s·|s − O_l|</pre>
 * with H_tx the transmit field of {@link TransmitBeam} (the same as the channel model's), H_rx the receive field
 * of the beamformer ({@link ReceiveBeam}: apodization, expanding aperture, directivity, spreading, and the
 * phase error between each element's true path and the delay the beamformer applies), G = sinc²(πf/fs) the
 * mean gain of the beamformer's linear interpolation, g the two-way envelope ({@link GaussianPulse}) and m_s the
 * source's mean slowness. The same (source, line) pairs as {@link PulseEchoSimulation} are simulated
 * ({@link TransmitBeams}). Left out compared with the channel model: each element's envelope shift Δt_e
 * (broadband receive focusing errors, which matter only off the main lobe and in the near field) — see
 * docs/ultrasound.md for the parity measurements.
 *
 * <p>Electronic noise, white on the channels with rms σ, is after DAS white-ish with variance
 * σ²·Σw_e²·((1−u_e)² + u_e²)/(Σw)² (independent elements; u_e the fractional delay at which element e's trace is
 * interpolated), drawn directly on the line from the line's own stream. Lines are independent and run in parallel with
 * results that do not depend on the thread count; no allocation per source.
 */
public final class BeamDomainSimulation {

    /**
     * The beamformed noise variance is evaluated every this many samples and interpolated: it is a sum over the
     * aperture whose terms vary with each element's fractional delay, so its local mean varies smoothly.
     */
    private static final int NOISE_FACTOR_STEP = 8;

    private final UltrasoundProtocol protocol;
    private final ChannelLayout layout;
    private final ScanLines lines;
    private final TransmitBeams beams;
    private final ReceiveBeam[] receive;
    private final PulseStamp stamp;
    private final BeamFieldTables tables;
    private final SourceBands bands;
    /** The element waves at the sources above the tables' first row (null without tables). */
    private final NearFaceWaves nearFace;
    private final boolean linear;
    private final BeamFieldCache cache;
    private final BeamFieldCache.NoiseKey noiseKey;
    /** The receive fields earlier frames looked up or summed for these sources and beams. */
    private final ReceiveFieldMemo receiveFields;
    private volatile double[][] noiseFactors;

    /**
     * The model with tabulated fields for a linear array whose lines share them ({@link BeamFieldTables}), kept in
     * {@code cache} for later frames, the receive rows evaluated at {@code profile}'s echo frequencies.
     */
    BeamDomainSimulation(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, ChannelLayout layout,
                         BeamGeometry geometry, EchoSources sources, BeamFieldCache cache, EchoProfile profile) {
        this(probe, protocol, lines, layout, geometry, sources, cache, profile, true);
    }

    /** @param tabulate whether a linear array's fields are tabulated (false: every field summed directly) */
    BeamDomainSimulation(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, ChannelLayout layout,
                         BeamGeometry geometry, EchoSources sources, boolean tabulate) {
        this(probe, protocol, lines, layout, geometry, sources, new BeamFieldCache(),
                EchoProfile.of(sources, probe.centreFrequencyHz()), tabulate);
    }

    private BeamDomainSimulation(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, ChannelLayout layout,
                                 BeamGeometry geometry, EchoSources sources, BeamFieldCache cache,
                                 EchoProfile profile, boolean tabulate) {
        this.protocol = protocol;
        this.lines = lines;
        this.layout = layout;
        PhasorTable phasors = new PhasorTable();
        DirectivityTable directivity = new DirectivityTable(probe, probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED));
        beams = new TransmitBeams(probe, protocol, lines, phasors, directivity);
        receive = new ReceiveBeam[lines.count()];
        for (int l = 0; l < lines.count(); l++) {
            receive[l] = new ReceiveBeam(probe, geometry, layout, l, phasors, directivity);
        }
        stamp = new PulseStamp(new GaussianPulse(probe.centreFrequencyHz(), probe.fractionalBandwidth()),
                layout.samplingRate(), phasors);
        bands = cache.bands(sources, layout.samplingRate());
        linear = probe.type() == ArrayType.LINEAR;
        this.cache = cache;
        noiseKey = new BeamFieldCache.NoiseKey(probe, protocol.depth(), protocol.lines(), protocol.lineSpan(),
                protocol.receiveFNumber(), protocol.samplesPerPeriod(), protocol.assumedSpeed());
        receiveFields = cache.receiveFields(probe, sources, receive);
        tables = tabulate ? BeamFieldTables.of(probe, protocol, lines, layout, beams, sources, profile, cache, phasors,
                directivity) : null;
        nearFace = tables == null || lines.count() == 0 ? null : cache.nearFace(probe, beams.beam(0), bands,
                (TableLattices.FIRST_ROW_WAVELENGTHS + 1) * probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED));
    }

    /**
     * Writes every line's noise-free beamformed RF into {@code out} (line l at l·samples, cleared first), in
     * parallel; {@code lineDone} is told of each finished line.
     */
    public void simulate(float[] out, IntConsumer lineDone) {
        if (tables != null) {
            tables.run(lines.count(), (l, fields) -> {
                simulateLine(l, fields, out, l * layout.samples());
                lineDone.accept(l);
            });
        } else {
            OneAtATime.forEach(lines.count(), l -> {
                simulateLine(l, null, out, l * layout.samples());
                lineDone.accept(l);
            });
        }
    }

    /**
     * Line l with its tabulated fields (null: every field summed over the elements): band by band, the sources in
     * the x-range of the line's transmit cone over the band (the cone is convex in depth: its widest at a band's
     * top or bottom), each tested against the cone itself.
     */
    private void simulateLine(int l, LineFields fields, float[] out, int offset) {
        int n = layout.samples();
        java.util.Arrays.fill(out, offset, offset + n, 0f);
        double fs = layout.samplingRate(), xl = lines.originX(l);
        double[] tx = new double[2], rx = new double[2];
        int[] range = new int[2];
        ReceiveFieldMemo.Line kept = receiveFields.line(l);
        ReceiveBeam.Terms terms = receive[l].terms();
        for (int b = 0; b < bands.bands(); b++) {
            double w = linear ? Math.max(beams.coneHalfWidth(l, bands.top(b)), beams.coneHalfWidth(l, bands.bottom(b)))
                    : Double.POSITIVE_INFINITY;
            bands.range(b, xl - w, xl + w, range);
            for (int s = range[0]; s < range[1]; s++) {
                double x = bands.x[s], z = bands.z[s], u = x - xl;
                if (!beams.inCone(l, x, z)) {
                    continue;
                }
                if (fields == null || !fields.transmit(u, z, tx)) {
                    if (nearFace != null && nearFace.holds(s)) {
                        nearFace.field(beams.beam(l), s, x, z, tx);
                    } else {
                        beams.beam(l).field(x, z, tx);
                    }
                }
                if (!beams.aboveFloor(l, tx)) {
                    continue;
                }
                double m = bands.slowness[s], f = bands.frequency[s];
                boolean tabulated = fields != null && fields.receives(u, z, m, f);
                if (!kept.find(s, tabulated, rx)) {
                    if (tabulated) {
                        fields.lookUp(u, z, m, f, rx);
                    } else {
                        receive[l].field(x, z, m, f, terms, rx);
                    }
                    // At float precision, as the memo keeps it: the same value in a fresh frame and a refocused one.
                    rx[0] = (float) rx[0];
                    rx[1] = (float) rx[1];
                    kept.add(s, tabulated, rx);
                }
                double a = bands.amplitude[s];
                double cr = a * (tx[0] * rx[0] - tx[1] * rx[1]), ci = a * (tx[0] * rx[1] + tx[1] * rx[0]);
                double tau = 2 * m * Math.sqrt(u * u + z * z) * fs;
                stamp.add(out, offset, n, tau, bands.omega[s], bands.stepCos[s], bands.stepSin[s], cr, ci);
            }
        }
        kept.finish();
    }

    /**
     * Adds line l's beamformed electronic noise to {@code out[offset …]}: at sample k (range r_k = c·k/(2fs)) a
     * Gaussian of sd σ·√({@link ReceiveBeam#noiseVarianceFactor}), σ = 10^(noise dB/20), from the line's own
     * stream of {@code rng}.
     */
    public void addNoise(int l, float[] out, int offset, Rng rng) {
        double sd = Math.pow(10, protocol.noiseDb() / 20);
        Rng stream = rng.stream(l);
        int n = layout.samples();
        double[] factor = noiseFactors()[l];
        double previous = sd * Math.sqrt(factor[0]), next = previous;
        for (int k = 0; k < n; k++) {
            int j = k % NOISE_FACTOR_STEP;
            if (j == 0) {
                previous = next;
                next = sd * Math.sqrt(factor[k / NOISE_FACTOR_STEP + 1]);
            }
            double sdk = previous + (next - previous) * j / NOISE_FACTOR_STEP;
            out[offset + k] += (float) (sdk * stream.gaussian());
        }
    }

    /**
     * Per line, {@link ReceiveBeam#noiseVarianceFactor} every {@link #NOISE_FACTOR_STEP} samples (range r_q =
     * q·step·c/(2fs)): it depends on the receive geometry alone, so the cache keeps it for later frames.
     */
    private double[][] noiseFactors() {
        double[][] f = noiseFactors;
        if (f == null) {
            synchronized (this) {
                if (noiseFactors == null) {
                    noiseFactors = cache.noiseFactors(noiseKey, () -> {
                        int n = layout.samples(), nodes = (n - 1) / NOISE_FACTOR_STEP + 2;
                        double metresPerSample = protocol.metresPerSample(layout.samplingRate());
                        double[][] factors = new double[lines.count()][nodes];
                        IntStream.range(0, lines.count()).parallel().forEach(l -> {
                            for (int q = 0; q < nodes; q++) {
                                factors[l][q] = receive[l].noiseVarianceFactor(q * NOISE_FACTOR_STEP * metresPerSample,
                                        layout.samplingRate());
                            }
                        });
                        return factors;
                    });
                }
                f = noiseFactors;
            }
        }
        return f;
    }
}
