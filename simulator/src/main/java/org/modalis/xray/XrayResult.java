package org.modalis.xray;

import org.modalis.image.Image;
import org.modalis.metrics.MetricSet;
import org.modalis.physics.XraySpectrum;
import org.modalis.pipeline.Trace;

/**
 * A finished radiograph: the raw detector data, the relative-exposure image (noisy) and its noise-free truth
 * on the detector grid (x = columns, y = detector z, rows ascending), the spectrum, the dose and the metrics.
 */
public record XrayResult(Radiograph raw, Image image, Image truth, XraySpectrum spectrum, XrayDose dose,
                         MetricSet metrics, Trace trace) {
}
