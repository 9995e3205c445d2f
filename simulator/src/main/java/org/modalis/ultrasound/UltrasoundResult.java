package org.modalis.ultrasound;

import org.modalis.image.Image;
import org.modalis.metrics.MetricSet;
import org.modalis.pipeline.Trace;

/**
 * A finished B-mode frame: the beamformed RF [line][sample] (signal + noise), its compensated envelope and
 * decibel line data, the scan-converted B-mode image in dB, the echogenicity truth map, the channel data when
 * kept (else null), and the metrics and trace.
 *
 * @param rf          beamformed RF, lines × samples
 * @param envelope    envelope after TGC and gain (linear), lines × samples
 * @param image       scan-converted B-mode [dB], rows = depth from the face down, columns = x ascending
 * @param truth       20·log10(backscatter) of the tissue at each pixel [dB] (−100 where anechoic)
 * @param channels    per-element RF [line][aperture][sample] or null
 */
public record UltrasoundResult(UltrasoundJob job, ScanLines lines, ChannelLayout layout, float[] rf, float[] envelope,
                               ScanGrid grid, Image image, Image truth, float[] channels, int sourceCount,
                               MetricSet metrics, Trace trace) {
}
