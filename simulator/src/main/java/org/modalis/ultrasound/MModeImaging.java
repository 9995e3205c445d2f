package org.modalis.ultrasound;

import java.util.stream.IntStream;
import org.modalis.physics.Rng;

/**
 * M-mode: the centre line fired again and again at a pulse repetition rate while a {@link MovingWall} moves,
 * each firing a full pulse-echo simulation of that one line (the static tissue's scatterers stay put, the wall's
 * reflector points move to z(t)), beamformed, detected, compensated and log-compressed like a B-mode line. The
 * image is depth (rows, from the probe face down) × time (columns).
 */
public final class MModeImaging {

    /**
     * @param db           log-compressed image [depth sample][frame], rows = samples, columns = frames
     * @param envelope     compensated envelope, same layout
     * @param frames       firings
     * @param samples      samples per firing
     * @param samplingRate fs [Hz]; sample k lies at depth c·k/(2fs)
     * @param prfHz        firings per second
     */
    public record MModeResult(float[] db, float[] envelope, int frames, int samples, double samplingRate, double prfHz,
                              double metresPerSample) {
    }

    /** Fires the centre line {@code frames} times at {@code prfHz}; {@code wall} may be null (static tissue only). */
    public MModeResult run(UltrasoundJob job, MovingWall wall, int frames, double prfHz) {
        if (frames < 2 || frames > 4096 || !(prfHz > 0 && prfHz <= 20000)) {
            throw new IllegalArgumentException("M-mode needs 2 … 4096 firings at a PRF in (0, 20000] Hz, got " + frames
                    + " at " + prfHz + " Hz");
        }
        Transducer probe = job.transducer();
        UltrasoundProtocol protocol = job.protocol().withLines(1, 0);
        ScanLines lines = ScanLines.of(probe, protocol);
        ChannelLayout layout = ChannelLayout.of(probe, protocol, lines);
        GaussianPulse pulse = new GaussianPulse(probe.centreFrequencyHz(), probe.fractionalBandwidth());
        Medium medium = new Medium(job.phantom(), job.probeY(), UltrasoundPipeline.fan(probe, protocol, lines), probe.centreFrequencyHz(),
                job.refraction());
        EchoSourceField field = new EchoSourceField(medium, pulse, new ElevationProfile(probe, medium.fan().maxRange()));
        Rng rng = new Rng(job.seed());
        EchoSources still = field.build(UltrasoundPipeline.resolutionCellArea(probe, protocol), protocol.depth(), job.wires(),
                job.reverberation(), rng.stream(-1));
        BeamGeometry geometry = BeamGeometry.of(probe, protocol, lines);
        int n = layout.samples();
        float[] rf = new float[frames * n];
        double spacing = 0.25 * probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        IntStream.range(0, frames).parallel().forEach(f -> {
            EchoSources.Builder sources = new EchoSources.Builder().addAll(still);
            if (wall != null) {
                double z = wall.depthAt(f / prfHz);
                for (double x = -wall.width() / 2; x <= wall.width() / 2 + 1e-12; x += spacing) {
                    field.addReflectorPoint(sources, x, z, wall.reflection());
                }
            }
            PulseEchoSimulation simulation = new PulseEchoSimulation(probe, protocol, lines, layout, sources.build());
            float[] traces = new float[layout.lineSize()];
            simulation.simulateLine(0, traces);
            simulation.addNoise(0, traces, rng.stream(f));
            new CpuDelayAndSum(probe.pitch()).beamformLine(traces, 0, 0, layout, geometry, rf, f * n);
        });
        float[] envelope = new float[rf.length], compensated = new float[rf.length], db = new float[rf.length];
        new EnvelopeDetector().envelope(rf, frames, n, envelope);
        BModeProcessing.compensate(envelope, frames, n, layout.samplingRate(), protocol, compensated);
        BModeProcessing.logCompress(compensated, protocol.dynamicRangeDb(), db);
        return new MModeResult(transpose(db, frames, n), transpose(compensated, frames, n), frames, n, layout.samplingRate(), prfHz,
                protocol.metresPerSample(layout.samplingRate()));
    }

    /**
     * The wall's measured peak-to-peak excursion [m]: per firing the depth of the envelope maximum within the
     * wall's range of travel ± 2 mm, then max − min. Compare with 2A.
     */
    public static double measuredExcursion(MModeResult r, MovingWall wall) {
        double perMetre = 1 / r.metresPerSample();
        int k0 = Math.max(0, (int) ((wall.depth() - wall.amplitude() - 2e-3) * perMetre));
        int k1 = Math.min(r.samples() - 1, (int) Math.ceil((wall.depth() + wall.amplitude() + 2e-3) * perMetre));
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < r.frames(); f++) {
            int best = k0;
            for (int k = k0; k <= k1; k++) {
                if (r.envelope()[k * r.frames() + f] > r.envelope()[best * r.frames() + f]) {
                    best = k;
                }
            }
            lo = Math.min(lo, best / perMetre);
            hi = Math.max(hi, best / perMetre);
        }
        return hi - lo;
    }

    /** [frame][sample] → [sample][frame]. */
    private static float[] transpose(float[] a, int frames, int samples) {
        float[] out = new float[a.length];
        for (int f = 0; f < frames; f++) {
            for (int k = 0; k < samples; k++) {
                out[k * frames + f] = a[f * samples + k];
            }
        }
        return out;
    }
}
