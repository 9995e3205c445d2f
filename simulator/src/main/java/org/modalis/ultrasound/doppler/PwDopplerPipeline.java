package org.modalis.ultrasound.doppler;

import org.modalis.metrics.MetricSet;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;
import org.modalis.pipeline.Trace;

/**
 * PW Doppler end to end, for the ultrasound modality to call: acquire → wall filter → spectrogram → metrics
 * ({@link DopplerMetrics}), each stage timed in a {@link Trace}.
 */
public final class PwDopplerPipeline {

    private PwDopplerPipeline() {
    }

    /** Runs the examination with the given seed. */
    public static PwDopplerResult run(Vessel vessel, DopplerProtocol protocol, SpectrumSettings settings, long seed,
            Progress progress) {
        Trace trace = new Trace();
        progress.start("PW Doppler", 3);
        SlowTimeSignal raw = trace.time("acquire", "cpu", () -> SlowTimeSimulator.acquire(vessel, protocol, new Rng(seed)));
        progress.advance(1);
        WallFilter filter = WallFilter.of(protocol);
        SlowTimeSignal filtered = trace.time("wall filter", "cpu", () -> filter.filter(raw));
        progress.advance(1);
        Spectrogram spectrogram = trace.time("spectrogram", "cpu", () -> DopplerSpectrum.compute(filtered, settings));
        MetricSet metrics = trace.time("measure", "cpu", () -> DopplerMetrics.measure(vessel, protocol, raw, filtered, spectrogram));
        progress.advance(1);
        progress.finish();
        return new PwDopplerResult(raw, filtered, spectrogram, metrics, trace);
    }
}
