package org.modalis.ultrasound;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The field tables of a frame whose lines sit at different offsets from the element grid (say 64 lines over 19 mm of
 * a 0.3 mm-pitch array), where no two lines share a table:
 * <ul>
 *   <li>transmit: each line's own table ({@link LineTransmitTables}: its active elements and their sensitivities,
 *   N complex multiply-adds per entry from the shared element wave), built while the frame runs;</li>
 *   <li>receive: one table of an unbounded healthy array ({@link ReceiveFieldTables}) from the depth where the
 *   expanding aperture holds {@value #NEAR_FIELD_PITCHES} pitches on: there the Hann-weighted sum no longer depends
 *   on where the line sits between two elements (the array's discreteness only enters through aliased terms of
 *   the smooth aperture function; measured: moving the line by p/8, p/4 or p/2 changes H_rx by at most 7·10⁻⁴ of
 *   its on-axis value at 12 mm, 2·10⁻⁴ deeper, and 2–20 % in the near field). A line reads it while its aperture
 *   stays inside its recorded elements and away from faulty ones; nearer the face, and beyond that range, it sums
 *   its elements directly.</li>
 * </ul>
 * Lines run in parallel, each on its own; the bytes do not depend on the thread count.
 */
final class OwnLineTables implements BeamFieldTables {

    /** Aperture half-width, in pitches, from which the receive field is taken as independent of the line's offset. */
    static final int NEAR_FIELD_PITCHES = 10;

    private final LineTransmitTables transmit;
    private final ReceiveFieldTables receive;
    /** The receive corrections if some echo of the frame needs them, else null. */
    private final float[] rxCorrections;
    private final LineFields.Lattice txLattice;
    private final LineFields.Lattice rxLattice;
    private final double[] lineOffset;
    private final int[][] elements;
    private final double[][] gains;
    private final double[] scale;
    private final double[] rxMaxRange;
    private final double frequencyTolerance;
    private final ThreadLocal<float[]> buffer;

    private OwnLineTables(LineTransmitTables transmit, ReceiveFieldTables receive, float[] rxCorrections,
                          LineFrameGrid txNeeded,
                          LineFrameGrid rxNeeded, double[] lineOffset, int[][] elements, double[][] gains,
                          double[] scale, double[] rxMaxRange, double frequencyTolerance) {
        this.transmit = transmit;
        this.receive = receive;
        this.rxCorrections = rxCorrections;
        this.txLattice = LineFields.Lattice.of(txNeeded, transmit.grid);
        this.rxLattice = LineFields.Lattice.of(rxNeeded, receive.grid);
        this.lineOffset = lineOffset;
        this.elements = elements;
        this.gains = gains;
        this.scale = scale;
        this.rxMaxRange = rxMaxRange;
        this.frequencyTolerance = frequencyTolerance;
        int size = 2 * transmit.grid.size();
        this.buffer = ThreadLocal.withInitial(() -> new float[size]);
    }

    /** The tables of a frame whose lines sit at their own offsets from the element grid. */
    static OwnLineTables of(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, ChannelLayout layout,
                            TransmitBeams beams, TableLattices lattices, EchoSources sources, EchoProfile profile,
                            BeamFieldCache cache, PhasorTable phasors, DirectivityTable directivity) {
        Transducer healthy = probe.withFaults(List.of());
        LineFrameGrid txNeeded = lattices.transmit();
        int perPitch = lattices.transmitPerPitch();
        ElementWaves waves = cache.waves(healthy, 0, txNeeded,
                grid -> new ElementWaves(healthy, grid, 0, perPitch, phasors, directivity));
        LineTransmitTables tx = new LineTransmitTables(probe, protocol, perPitch, txNeeded, waves, phasors);
        double farField = 2 * protocol.receiveFNumber() * NEAR_FIELD_PITCHES * probe.pitch();
        LineFrameGrid rxNeeded = lattices.receive().from((int) Math.ceil(lattices.receive().row(farField)));
        ReceiveFieldTables rx = lattices.receiveTables(healthy, protocol, 0, rxNeeded, profile, cache, phasors,
                directivity);
        int n = lines.count();
        double[] offset = new double[n], scale = new double[n], maxRange = new double[n];
        int[][] elements = new int[n][];
        double[][] gains = new double[n][];
        for (int l = 0; l < n; l++) {
            offset[l] = TableLattices.offset(probe, lines.originX(l));
            double[] d = beams.beam(l).elementOffsets();
            elements[l] = new int[d.length];
            gains[l] = new double[d.length];
            for (int a = 0; a < d.length; a++) {
                elements[l][a] = (int) Math.round((d[a] - offset[l]) / probe.pitch());
                gains[l][a] = probe.elementGain(probe.elementNearest(lines.originX(l) + d[a]));
            }
            scale[l] = 1.0 / d.length;
            maxRange[l] = 2 * protocol.receiveFNumber() * clearance(probe, layout, lines, l);
        }
        float[] corrections = LineFields.needCorrections(sources, rxNeeded, rx.rows) ? rx.corrections() : null;
        return new OwnLineTables(tx, rx, corrections, txNeeded, rxNeeded, offset, elements, gains, scale, maxRange,
                TableLattices.FREQUENCY_TOLERANCE * probe.centreFrequencyHz());
    }

    /**
     * How far [m] line l's receive aperture may reach: to the first element beyond its recorded ones (the unbounded
     * table sums every element with |d| &lt; a(r)) and short of the nearest faulty element (the table holds
     * healthy ones).
     */
    private static double clearance(Transducer probe, ChannelLayout layout, ScanLines lines, int l) {
        double x = lines.originX(l);
        double lo = layout.elementX()[l * layout.aperture()] - x;
        double hi = layout.elementX()[(l + 1) * layout.aperture() - 1] - x;
        double clear = Math.min(-lo, hi) + probe.pitch();
        for (ElementFault f : probe.faults()) {
            clear = Math.min(clear, Math.abs(probe.elementX(f.element()) - x));
        }
        return clear;
    }

    @Override
    public void run(int lines, LineWork work) {
        IntStream.range(0, lines).parallel().forEach(l -> {
            float[] table = buffer.get();
            transmit.fill(lineOffset[l], elements[l], gains[l], table);
            work.simulate(l, new LineFields(txLattice, table, scale[l], transmit.shift(lineOffset[l]), rxLattice,
                    receive.sums, rxCorrections, rxMaxRange[l], receive.rows, frequencyTolerance));
        });
    }
}
