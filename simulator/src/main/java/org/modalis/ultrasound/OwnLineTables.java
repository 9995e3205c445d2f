package org.modalis.ultrasound;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The field tables of a frame whose lines sit at different offsets from the element grid (say 64 lines over 19 mm of
 * a 0.3 mm-pitch array), so that the complete aperture's tables are not one for all lines:
 * <ul>
 *   <li>transmit: each line's own table ({@link LineTransmitTables}: its active elements and their sensitivities),
 *   built while the frame runs — N complex multiply-adds per entry from the shared element wave, or, where cheaper,
 *   K + 1 real ones from the frame's {@link TransmitOffsetBasis} plus the few terms the line differs from its core
 *   by. Lines with the same offset, elements and sensitivities (41 lines 0.1 mm apart on a 0.3 mm pitch: three
 *   offsets) share one table, built once;</li>
 *   <li>receive: one table of an unbounded healthy array ({@link ReceiveFieldTables}) from the depth where the
 *   expanding aperture holds {@value #NEAR_FIELD_PITCHES} pitches on: there the Hann-weighted sum no longer depends
 *   on where the line sits between two elements (the array's discreteness only enters through aliased terms of
 *   the smooth aperture function, which fall fast with the element count; measured with F/2 at 5 MHz: moving the
 *   line by p/8 … p/2 changes H_rx by at most 1.3·10⁻³ of its on-axis value at 6 pitches (7.2 mm; 4·10⁻⁴ rms,
 *   below the table's own interpolation error), 4·10⁻⁴ at 10, 8·10⁻³ at 4 and 6–18 % at 2–3 pitches, the near
 *   field). A line reads it while its aperture
 *   stays inside its recorded elements and away from faulty ones; nearer the face, and beyond that range, it sums
 *   its elements directly.</li>
 * </ul>
 * Lines run in parallel, each on its own; the bytes do not depend on the thread count.
 */
final class OwnLineTables implements BeamFieldTables {

    /** Aperture half-width, in pitches, from which the receive field is taken as independent of the line's offset. */
    static final int NEAR_FIELD_PITCHES = 6;

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
    private final TransmitOffsetBasis basis;
    /** Per line, the index of the first line with the same transmit table. */
    private final int[] sameTableAs;
    private final boolean shareTables;
    private final ThreadLocal<float[]> buffer;

    /**
     * The basis must promise at least this much less work than the direct sums: its tables are longer by a pitch
     * and built apart from the lines (measured on 8 lines at 7.5 MHz, estimated break-even: the frame took 1.2× as long).
     */
    static final double BASIS_MARGIN = 0.8;

    /** The most memory [bytes] the shared transmit tables of a frame may take; beyond it each line builds its own. */
    static final long SHARED_TABLE_BYTES = 128L << 20;

    private OwnLineTables(LineTransmitTables transmit, ReceiveFieldTables receive, float[] rxCorrections,
                          LineFrameGrid txNeeded,
                          LineFrameGrid rxNeeded, double[] lineOffset, int[][] elements, double[][] gains,
                          double[] scale, double[] rxMaxRange, double frequencyTolerance,
                          TransmitOffsetBasis basis, int[] sameTableAs) {
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
        this.basis = basis;
        this.sameTableAs = sameTableAs;
        long tables = IntStream.range(0, sameTableAs.length).filter(l -> sameTableAs[l] == l).count();
        this.shareTables = tables < sameTableAs.length
                && tables * 2L * transmit.grid.size() * Float.BYTES <= SHARED_TABLE_BYTES;
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
        Apertures apertures = Apertures.of(probe, lines, beams);
        double[] offset = apertures.offset(), scale = new double[n], maxRange = new double[n];
        int[][] elements = apertures.elements();
        double[][] gains = apertures.gains();
        for (int l = 0; l < n; l++) {
            scale[l] = 1.0 / elements[l].length;
            maxRange[l] = 2 * protocol.receiveFNumber() * clearance(probe, layout, lines, l);
        }
        float[] corrections = LineFields.needCorrections(sources, rxNeeded, rx.rows) ? rx.corrections() : null;
        int[] same = sameTables(offset, elements, gains);
        return new OwnLineTables(tx, rx, corrections, txNeeded, rxNeeded, offset, elements, gains, scale, maxRange,
                TableLattices.FREQUENCY_TOLERANCE * probe.centreFrequencyHz(), cheaperBasis(tx, offset, elements, gains, same),
                same);
    }

    /**
     * Each line's transmit aperture in its own frame: the offset δ ∈ [0, p) of the element grid, the active elements'
     * indices m relative to it (at m·p + δ) and their sensitivities.
     */
    record Apertures(double[] offset, int[][] elements, double[][] gains) {

        static Apertures of(Transducer probe, ScanLines lines, TransmitBeams beams) {
            int n = lines.count();
            double[] offset = new double[n];
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
            }
            return new Apertures(offset, elements, gains);
        }
    }

    /** Per line, the first line with the same offset (to 1 pm), elements and sensitivities: the same table. */
    static int[] sameTables(double[] offset, int[][] elements, double[][] gains) {
        int[] same = new int[offset.length];
        for (int l = 0; l < offset.length; l++) {
            same[l] = l;
            for (int m = 0; m < l; m++) {
                if (same[m] == m && Math.abs(offset[m] - offset[l]) < 1e-12 && Arrays.equals(elements[m], elements[l])
                        && Arrays.equals(gains[m], gains[l])) {
                    same[l] = m;
                    break;
                }
            }
        }
        return same;
    }

    /**
     * The frame's offset basis if building its K + 1 tables and combining them (K + 1 real multiply-adds per entry —
     * as much memory traffic as a complex one, which is what these loops are bound by — plus the line's own terms)
     * costs less than {@link #BASIS_MARGIN} of summing each distinct table's N elements; null otherwise (8 lines at
     * 7.5 MHz: K = 6 over 32 elements, no gain). Its core: the elements every complete aperture (the most elements a line has) holds.
     */
    static TransmitOffsetBasis cheaperBasis(LineTransmitTables tx, double[] offset, int[][] elements, double[][] gains,
                                            int[] same) {
        int most = Arrays.stream(elements).mapToInt(e -> e.length).max().orElse(0);
        int[] core = null;
        for (int[] e : elements) {
            if (e.length == most) {
                int[] sorted = e.clone();
                Arrays.sort(sorted);
                core = core == null ? sorted : IntStream.of(core).filter(a -> Arrays.binarySearch(sorted, a) >= 0).toArray();
            }
        }
        long direct = 0;
        for (int l = 0; l < same.length; l++) {
            direct += same[l] == l ? elements[l].length : 0;
        }
        if (core == null || core.length == 0 || direct == 0) {
            return null;
        }
        // The basis' own cost first: a frame whose direct sum is cheaper than even K = 0 of it never fits one.
        if (core.length >= direct) {
            return null;
        }
        TransmitOffsetBasis.Fit fit = TransmitOffsetBasis.fit(tx, core, offset);
        if (fit == null) {
            return null;
        }
        double cost = (double) fit.terms() * core.length;
        for (int l = 0; l < same.length; l++) {
            if (same[l] == l) {
                cost += fit.terms() + LineTransmitTables.Terms.count(core, elements[l], gains[l]);
            }
        }
        return cost < BASIS_MARGIN * direct ? fit.build() : null;
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
        if (shareTables) { // each distinct table once, in parallel, then the lines on them
            float[][] shared = new float[lines][];
            IntStream.range(0, lines).filter(l -> sameTableAs[l] == l).parallel().forEach(l -> {
                shared[l] = new float[2 * transmit.grid.size()];
                transmit.fill(lineOffset[l], elements[l], gains[l], basis, shared[l]);
            });
            OneAtATime.forEach(lines, l -> work.simulate(l, fields(l, shared[sameTableAs[l]])));
            return;
        }
        OneAtATime.forEach(lines, l -> {
            float[] table = buffer.get();
            transmit.fill(lineOffset[l], elements[l], gains[l], basis, table);
            work.simulate(l, fields(l, table));
        });
    }

    private LineFields fields(int l, float[] table) {
        return new LineFields(txLattice, table, scale[l], transmit.shift(lineOffset[l]), rxLattice, receive.sums,
                rxCorrections, rxMaxRange[l], receive.rows, frequencyTolerance);
    }
}
