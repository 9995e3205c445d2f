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
 * @param coils   each coil's k-space when a coil array was used (raw is the first), else empty
 */
public record MriResult(KSpace raw, MrImages images, Image truth, MetricSet metrics, Trace trace, java.util.List<KSpace> coils) {

    public MriResult {
        coils = java.util.List.copyOf(coils);
    }
}
