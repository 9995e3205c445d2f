package org.modalis.mri;

import org.modalis.image.Image;
import org.modalis.metrics.MetricSet;
import org.modalis.pipeline.Trace;

/**
 * The products of an MRI run.
 *
 * @param raw     acquired k-space (phase lines × readout samples)
 * @param images  reconstructed magnitude and phase
 * @param truth   |signal-weighted phantom| on the image grid (supersampled), no artifacts, no noise
 * @param metrics measured figures
 * @param trace   stage timings
 */
public record MriResult(KSpace raw, MrImages images, Image truth, MetricSet metrics, Trace trace) {
}
