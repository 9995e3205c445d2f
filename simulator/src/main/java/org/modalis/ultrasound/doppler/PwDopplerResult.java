package org.modalis.ultrasound.doppler;

import org.modalis.metrics.MetricSet;
import org.modalis.pipeline.Trace;

/**
 * A finished PW Doppler examination: the raw gate IQ (slow time, complex64 for export), the wall-filtered signal,
 * its spectrogram, the metrics and the stage timings.
 */
public record PwDopplerResult(SlowTimeSignal raw, SlowTimeSignal filtered, Spectrogram spectrogram, MetricSet metrics,
        Trace trace) {
}
