package org.modalis.ultrasound;

import java.util.List;
import java.util.stream.IntStream;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.MetricSet;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;
import org.modalis.pipeline.Trace;
import org.modalis.tissue.AcousticProperties;

/**
 * B-mode from first principles: sample the phantom's acoustics ({@link Medium}), place the echo sources
 * ({@link EchoSourceField}), simulate each line's channel data with electronic noise
 * ({@link PulseEchoSimulation}) and delay-and-sum ({@link CpuDelayAndSum}) — or, with the job's
 * {@link EchoModel#BEAM}, compute the delay-and-sum output directly ({@link BeamDomainSimulation}) — envelope ({@link EnvelopeDetector}),
 * TGC and log compression ({@link BModeProcessing}), scan conversion ({@link ScanConverter}), measure
 * ({@link UltrasoundMetrics}). The signal and the noise are beamformed separately (beamforming is linear, so
 * their sum is the RF) to know the noise floor behind the penetration depth.
 */
public final class UltrasoundPipeline {

    /** Ray spacing of the medium map in wavelengths (λ/4: a specular interface stays coherent). */
    static final double RAY_SPACING_WAVELENGTHS = 0.25;
    /** Step along the rays in wavelengths (λ/8 ≈ 0.04 mm at 5 MHz: interfaces placed to a sixteenth of λ). */
    static final double STEP_WAVELENGTHS = 0.125;
    /** Lateral margin [m] of the medium map beyond the outer lines (side lobes of the edge lines see there). */
    static final double MARGIN = 2e-3;

    private final Beamformer beamformer;
    private final String beamformerBackend;
    private final UltrasoundEchoMemo memo;

    /** The CPU pipeline: each line is beamformed as soon as it is simulated (one line's channel data in memory). */
    public UltrasoundPipeline() {
        this(null, "cpu");
    }

    /** The CPU pipeline reusing the echoes of its previous run through {@code memo} when only the display changed. */
    public UltrasoundPipeline(UltrasoundEchoMemo memo) {
        this(null, "cpu", memo);
    }

    /**
     * A pipeline that simulates every line's channel data first and then beamforms the frame in one call with
     * {@code beamformer} (e.g. the GL twin), named {@code backend} in the trace. Memory: two frames of channel
     * data (signal and noise, lines × aperture × samples floats each).
     */
    public UltrasoundPipeline(Beamformer beamformer, String backend) {
        this(beamformer, backend, UltrasoundEchoMemo.oneOff());
    }

    private UltrasoundPipeline(Beamformer beamformer, String backend, UltrasoundEchoMemo memo) {
        this.beamformer = beamformer;
        this.beamformerBackend = backend;
        this.memo = java.util.Objects.requireNonNull(memo, "memo");
    }

    public UltrasoundResult run(UltrasoundJob job, Progress progress) {
        Trace trace = new Trace();
        ScanLines lines = ScanLines.of(job.transducer(), job.protocol());
        ChannelLayout layout = ChannelLayout.of(job.transducer(), job.protocol(), lines);
        progress.start("ultrasound", lines.count() + 2);
        long before = memo.hits();
        BeamformedEchoes echoes = memo.echoes(job, () -> echoes(job, lines, layout, trace, progress));
        if (memo.hits() > before) {
            trace.time("echoes (reused: only the display changed)", "cpu", () -> echoes);
            progress.advance(lines.count() + 1);
        }
        return finish(job, lines, layout, echoes, trace, progress);
    }

    /** Medium, echo sources, the simulated and beamformed lines and their envelopes: everything before the display. */
    private BeamformedEchoes echoes(UltrasoundJob job, ScanLines lines, ChannelLayout layout, Trace trace, Progress progress) {
        Transducer probe = job.transducer();
        UltrasoundProtocol protocol = job.protocol();
        GaussianPulse pulse = new GaussianPulse(probe.centreFrequencyHz(), probe.fractionalBandwidth());
        Rng rng = new Rng(job.seed());
        UltrasoundEchoMemo.MediumMap map = trace.time("medium", "cpu", () -> memo.medium(job.phantom(), job.probeY(),
                fan(probe, protocol, lines), probe.centreFrequencyHz(), pulse, job.refraction()));
        Medium medium = map.medium();
        EchoSources sources = trace.time("scatterers", "cpu", () -> sources(job, medium, pulse, rng));
        progress.advance(1);
        int total = lines.count() * layout.samples();
        float[] noise = new float[total];
        float[] channels = job.keepChannels() ? new float[lines.count() * layout.lineSize()] : null;
        List<Double> foci = job.focalZones();
        if (foci.size() < 2) {
            float[] signal = acquire(job, lines, layout, map, sources, rng, noise, channels, trace, progress);
            return detect(medium, sources.count(), signal, noise, channels, lines.count(), layout.samples(), trace);
        }
        // Multi-zone focusing: the frame once per focus (each zone's noise is the same draw), stitched in depth.
        float[][] zones = new float[foci.size()][];
        Progress quiet = Progress.NONE;
        for (int i = 0; i < foci.size(); i++) {
            zones[i] = acquire(job.zone(foci.get(i)), lines, layout, map, sources, rng, noise, channels, trace,
                    i == 0 ? progress : quiet);
        }
        float[] signal = new float[total];
        trace.time("focal zones: stitch", "cpu", () -> FocalZones.stitch(foci, zones, layout.samples(),
                protocol.metresPerSample(layout.samplingRate()), signal));
        return detect(medium, sources.count(), signal, noise, channels, lines.count(), layout.samples(), trace);
    }

    /**
     * The noise-free beamformed lines of one transmit setting (lines × samples); the beamformed noise goes into
     * {@code noise} (overwritten) and the channel data, if kept, into {@code channels}. The beam-domain model's
     * lines come from the memo when only the noise changed: the caller must not modify them.
     */
    private float[] acquire(UltrasoundJob job, ScanLines lines, ChannelLayout layout, UltrasoundEchoMemo.MediumMap map,
                            EchoSources sources, Rng rng, float[] noise, float[] channels, Trace trace,
                            Progress progress) {
        Transducer probe = job.transducer();
        UltrasoundProtocol protocol = job.protocol();
        BeamGeometry geometry = BeamGeometry.of(probe, protocol, lines);
        int total = lines.count() * layout.samples();
        java.util.Arrays.fill(noise, 0f);
        if (job.planeWaves().active()) {
            float[] signal = new float[total];
            PlaneWaveImaging imaging = new PlaneWaveImaging(probe, protocol, lines, layout, job.planeWaves(), sources);
            int count = job.planeWaves().count();
            trace.time("plane waves: acquire + beamform", "cpu", () -> imaging.simulate(signal, noise, rng.stream(-2),
                    w -> progress.advance(lines.count() * (w + 1) / count - lines.count() * w / count)));
            return signal;
        }
        if (usesBeamModel(job) && beamformer == null) {
            BeamDomainSimulation simulation = trace.time("beam fields", "cpu",
                    () -> new BeamDomainSimulation(probe, protocol, lines, layout, geometry, sources, memo.fieldCache(),
                            map.profile()));
            long before = memo.signalHits();
            float[] kept = trace.time("beam-domain echoes", "cpu", () -> memo.signal(job, () -> {
                float[] fresh = new float[total];
                simulation.simulate(fresh, l -> progress.advance(1));
                return fresh;
            }));
            if (memo.signalHits() > before) {
                progress.advance(lines.count());
            }
            trace.time("beamformed noise", "cpu", () -> IntStream.range(0, lines.count()).parallel().forEach(
                    l -> simulation.addNoise(l, noise, l * layout.samples(), rng.stream(-2))));
            return kept;
        }
        float[] signal = new float[total];
        if (beamformer == null) {
            PulseEchoSimulation simulation = new PulseEchoSimulation(probe, protocol, lines, layout, sources);
            trace.time("acquire + beamform", "cpu", () -> IntStream.range(0, lines.count()).parallel().forEach(l -> {
                acquireLine(l, simulation, probe, layout, geometry, rng.stream(-2), signal, noise, channels);
                progress.advance(1);
            }));
        } else {
            PulseEchoSimulation simulation = new PulseEchoSimulation(probe, protocol, lines, layout, sources);
            acquireFrame(simulation, layout, geometry, rng.stream(-2), signal, noise, channels, trace, progress);
        }
        return signal;
    }

    /** The echo sources of the medium map, kept by the memo across the edits that keep them. */
    private EchoSources sources(UltrasoundJob job, Medium medium, GaussianPulse pulse, Rng rng) {
        Transducer probe = job.transducer();
        UltrasoundProtocol protocol = job.protocol();
        double cellArea = resolutionCellArea(probe, protocol), depth = sourceDepth(protocol, pulse);
        ElevationProfile elevation = memo.elevation(probe, medium.fan().maxRange());
        return memo.sources(medium, pulse, cellArea, depth, job.wires(), job.reverberation(), job.seed(), elevation,
                () -> new EchoSourceField(medium, pulse, elevation).build(cellArea, depth, job.wires(),
                        job.reverberation(), rng.stream(-1)));
    }

    /** The RF (signal + noise) and the envelopes of the RF, the signal and the noise. */
    private static BeamformedEchoes detect(Medium medium, int sourceCount, float[] signal, float[] noise,
                                           float[] channels, int n, int samples, Trace trace) {
        float[] rf = new float[signal.length];
        for (int i = 0; i < rf.length; i++) {
            rf[i] = signal[i] + noise[i];
        }
        float[] envelope = new float[rf.length], signalEnvelope = new float[rf.length], noiseEnvelope = new float[rf.length];
        trace.time("envelope", "cpu", () -> new EnvelopeDetector().envelopes(signal, noise, n, samples, envelope,
                signalEnvelope, noiseEnvelope));
        return new BeamformedEchoes(medium, sourceCount, rf, envelope, signalEnvelope, noiseEnvelope, channels);
    }

    /** Whether the frame is simulated in the beam domain: asked for, and no channel data to keep. */
    static boolean usesBeamModel(UltrasoundJob job) {
        return job.model().resolve(job.transducer()) == EchoModel.BEAM && !job.keepChannels();
    }

    /** Simulates every line's signal and noise channel data, then beamforms both frames with the beamformer. */
    private void acquireFrame(PulseEchoSimulation simulation, ChannelLayout layout, BeamGeometry geometry, Rng noiseRng,
                              float[] signal, float[] noise, float[] channels, Trace trace, Progress progress) {
        int size = layout.lineSize();
        float[] signalChannels = new float[layout.lines() * size];
        float[] noiseChannels = new float[signalChannels.length];
        trace.time("acquire", "cpu", () -> IntStream.range(0, layout.lines()).parallel().forEach(l -> {
            float[] traces = new float[size];
            simulation.simulateLine(l, traces);
            System.arraycopy(traces, 0, signalChannels, l * size, size);
            java.util.Arrays.fill(traces, 0f);
            simulation.addNoise(l, traces, noiseRng);
            System.arraycopy(traces, 0, noiseChannels, l * size, size);
            progress.advance(1);
        }));
        trace.time("beamform", beamformerBackend, () -> {
            beamformer.beamform(signalChannels, layout, geometry, signal);
            beamformer.beamform(noiseChannels, layout, geometry, noise);
        });
        if (channels != null) {
            for (int i = 0; i < channels.length; i++) {
                channels[i] = signalChannels[i] + noiseChannels[i];
            }
        }
    }

    private static void acquireLine(int l, PulseEchoSimulation simulation, Transducer probe, ChannelLayout layout,
                                    BeamGeometry geometry, Rng noiseRng, float[] signal, float[] noise, float[] channels) {
        CpuDelayAndSum das = new CpuDelayAndSum(probe.pitch());
        float[] traces = new float[layout.lineSize()];
        simulation.simulateLine(l, traces);
        das.beamformLine(traces, 0, l, layout, geometry, signal, l * layout.samples());
        float[] noiseTraces = new float[layout.lineSize()];
        simulation.addNoise(l, noiseTraces, noiseRng);
        das.beamformLine(noiseTraces, 0, l, layout, geometry, noise, l * layout.samples());
        if (channels != null) {
            for (int i = 0; i < traces.length; i++) {
                channels[l * layout.lineSize() + i] = traces[i] + noiseTraces[i];
            }
        }
    }

    /** The display chain and the measurements: TGC, log compression, scan conversion, truth, metrics. */
    private UltrasoundResult finish(UltrasoundJob job, ScanLines lines, ChannelLayout layout, BeamformedEchoes echoes,
                                    Trace trace, Progress progress) {
        UltrasoundProtocol protocol = job.protocol();
        int n = lines.count(), samples = layout.samples();
        float[] rf = echoes.rf(), envelope = echoes.envelope();
        Medium medium = echoes.medium();
        float[] compensated = new float[rf.length], db = new float[rf.length];
        trace.time("TGC + log", "cpu", () -> {
            BModeProcessing.compensate(envelope, n, samples, layout.samplingRate(), protocol, compensated);
            BModeProcessing.logCompress(compensated, protocol.dynamicRangeDb(), db);
        });
        ScanGrid grid = ScanGrid.covering(lines, protocol.depth(), job.pixel());
        float floor = (float) (-protocol.dynamicRangeDb() - 10);
        float[] pixels = new float[grid.nx() * grid.nz()];
        trace.time("scan convert", "cpu", () -> ScanConverter.convert(db, lines, samples, layout.samplingRate(), protocol.assumedSpeed(), grid, floor, pixels));
        Grid g = new Grid(grid.nx(), grid.nz(), 1, grid.dx(), grid.dz(), grid.dz());
        Window window = new Window(-protocol.dynamicRangeDb() / 2, protocol.dynamicRangeDb());
        Image image = new Image(g, pixels, "B-mode", "dB", window);
        Image truth = new Image(g, trace.time("truth", "cpu", () -> echogenicity(medium, grid)), "echogenicity", "dB",
                new Window(-20, 40));
        MetricSet metrics = trace.time("metrics", "cpu", () -> new UltrasoundMetrics(job, lines, layout)
                .measure(compensated, db, echoes.signalEnvelope(), echoes.noiseEnvelope(), envelope));
        progress.advance(1);
        return new UltrasoundResult(job, lines, layout, rf, compensated, grid, image, truth, echoes.channels(),
                echoes.sourceCount(), metrics, trace);
    }

    /** 20·log10(backscatter) of the material at each pixel [dB], −100 where it does not scatter. */
    static float[] echogenicity(Medium medium, ScanGrid grid) {
        float[] out = new float[grid.nx() * grid.nz()];
        for (int j = 0; j < grid.nz(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                int m = medium.trueMaterial(grid.x(i), grid.z(j)); // the phantom itself, where the sound bends too
                AcousticProperties p = m < 0 ? null : medium.materialProperties(m);
                out[j * grid.nx() + i] = p == null || p.backscatter() <= 0 ? -100f : (float) (20 * Math.log10(p.backscatter()));
            }
        }
        return out;
    }

    /**
     * Deepest true depth [m] whose echo is simulated: the record lasts 2·depth/c_assumed plus the pulse, so a scanner
     * set below 1540 m/s listens deeper than its depth of view, to depth·1540/c_assumed in soft tissue.
     */
    static double sourceDepth(UltrasoundProtocol protocol, GaussianPulse pulse) {
        double listen = protocol.depth() * Math.max(1, UltrasoundProtocol.NOMINAL_SPEED / protocol.assumedSpeed());
        return listen + 2 * pulse.sigmaT() * UltrasoundProtocol.NOMINAL_SPEED;
    }

    /** Area [m²] of a resolution cell: the axial (c·FWHM_t/2) times the lateral (λ·F#) −6 dB width. */
    static double resolutionCellArea(Transducer probe, UltrasoundProtocol protocol) {
        GaussianPulse pulse = new GaussianPulse(probe.centreFrequencyHz(), probe.fractionalBandwidth());
        double axial = UltrasoundProtocol.NOMINAL_SPEED * pulse.envelopeFwhm() / 2;
        double lateral = probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED) * protocol.receiveFNumber();
        return axial * lateral;
    }

    /** The medium map's rays: columns λ/4 apart (linear) or angles with λ/2 arcs at full depth (phased). */
    static Medium.FanGeometry fan(Transducer probe, UltrasoundProtocol protocol, ScanLines lines) {
        double lambda = probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        double ds = STEP_WAVELENGTHS * lambda;
        int steps = (int) Math.ceil((protocol.depth() + 2 * lambda) / ds) + 1;
        double lo = lines.first(), hi = lines.first() + (lines.count() - 1) * lines.step();
        if (probe.type() == ArrayType.LINEAR) {
            double du = RAY_SPACING_WAVELENGTHS * lambda;
            int rays = (int) Math.ceil((hi - lo + 2 * MARGIN) / du) + 1;
            return new Medium.FanGeometry(ArrayType.LINEAR, lo - MARGIN, du, rays, ds, steps);
        }
        double dTheta = 2 * RAY_SPACING_WAVELENGTHS * lambda / protocol.depth();
        double margin = Math.toRadians(10);
        double start = Math.max(lo - margin, -Math.toRadians(89)), end = Math.min(hi + margin, Math.toRadians(89));
        int rays = (int) Math.ceil((end - start) / dTheta) + 1;
        return new Medium.FanGeometry(ArrayType.PHASED, start, dTheta, rays, ds, steps);
    }
}
