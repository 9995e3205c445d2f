package org.modalis.ct;

import org.modalis.ct.acquisition.CtRawData;
import org.modalis.image.Image;
import org.modalis.metrics.MetricSet;
import org.modalis.pipeline.Trace;

/**
 * The outcome of a CT experiment, every stage inspectable: the measured sinogram, the reconstructed and
 * the true images in HU, the dose, the metrics and the trace of stages.
 */
public record CtResult(CtRawData raw, Image image, Image truth, HounsfieldScale scale, CtDose dose, MetricSet metrics,
                       Trace trace) {
}
