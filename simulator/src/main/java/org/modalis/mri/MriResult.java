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
 * @param echoes  the magnitude images of a multi-echo series (the first is {@code images}), else empty
 */
public record MriResult(KSpace raw, MrImages images, Image truth, MetricSet metrics, Trace trace, java.util.List<KSpace> coils,
                        java.util.List<Image> echoes) {

    /** A run without a multi-echo series. */
    public MriResult(KSpace raw, MrImages images, Image truth, MetricSet metrics, Trace trace, java.util.List<KSpace> coils) {
        this(raw, images, truth, metrics, trace, coils, java.util.List.of());
    }

    public MriResult {
        coils = java.util.List.copyOf(coils);
        echoes = java.util.List.copyOf(echoes);
    }
}
