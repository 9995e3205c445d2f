package org.modalis.ultrasound;

import java.util.stream.IntStream;

/**
 * Every element's wave at the sources next to the face ({@link TransmitBeam#elementWaves}), computed once per frame
 * for all the lines that visit them. Above the first row of the transmit tables (4λ, {@link TableLattices}) a
 * source's transmit field is the element sum itself, and there a linear array's cone is at its widest (±7.5 mm at a
 * 3 cm focus, about 50 lines): summing the element waves once per source instead of once per (source, line) leaves
 * each line a weighted sum of tabulated terms — no square root, division or table lookup per element. The same
 * arithmetic as the element sum, so the bytes do not change. Sources are those of the first depth bands of
 * {@link SourceBands} (in its order) down to {@code depth}. Immutable after construction.
 */
final class NearFaceWaves {

    private final int count;
    private final int stride;
    private final double[] waves;

    /** The element waves of the sources in {@code bands}' bands that start above {@code depth} [m]. */
    NearFaceWaves(Transducer probe, TransmitBeam beam, SourceBands bands, double depth) {
        int b = 0;
        while (b < bands.bands() && bands.top(b) < depth) {
            b++;
        }
        count = bands.start(b);
        stride = 2 * probe.elements();
        waves = new double[count * stride];
        IntStream.range(0, count).parallel().forEach(s -> beam.elementWaves(probe, bands.x[s], bands.z[s], waves,
                s * stride));
    }

    /** Whether source s (in {@link SourceBands} order) has its element waves here. */
    boolean holds(int s) {
        return s < count;
    }

    /** Line {@code beam}'s transmit field at source s ({@link #holds}) into {@code out} = {re, im}. */
    void field(TransmitBeam beam, int s, double x, double z, double[] out) {
        beam.field(waves, s * stride, x, z, out);
    }
}
