package org.modalis.ultrasound;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The field tables of a frame whose lines all sit at the same offset δ₀ from the element grid (lines a whole number
 * of pitches apart): the shared tables of the complete healthy aperture ({@link TransmitFieldTables},
 * {@link ReceiveFieldTables}, possibly reused from an earlier frame through a {@link BeamFieldCache}) and, for each
 * line, what its own aperture lacks — transmit elements beyond the array's end or faulty, receive elements the line
 * does not record (clipped by the array's end) or records weaker.
 *
 * <p>A line's tables are the shared ones less those terms, computed while the frame runs: the lines are simulated
 * in runs of neighbours whose apertures differ from the complete one (the lines near each end, those near a faulty
 * element), each run in order from the line that lacks least, so each line's tables follow from its neighbour's by
 * one or two terms per entry (an element more clipped) instead of every missing element per source. Lines that
 * lack nothing read the shared tables. The runs and their order are fixed by the geometry, so the bytes do not
 * depend on the thread count.
 */
final class SharedLineTables implements BeamFieldTables {

    /**
     * Longest run of lines whose tables follow one from another (the unit of parallel work): longer than the runs
     * at a 128-element array's ends (≤ 51 lines at F/2 and 6 cm), which then run whole, one per core on two cores;
     * the long runs of a probe with a faulty element (every line near it lacks it) are cut so they still spread.
     */
    static final int RUN_LENGTH = 64;
    /** Cost of one receive element term over a table, in copies of the table (measured order of magnitude). */
    static final int RECEIVE_TERM_COST = 6;

    private final TransmitFieldTables transmit;
    private final ReceiveFieldTables receive;
    private final LineFields.Lattice txLattice;
    private final LineFields.Lattice rxLattice;
    private final ApertureDiff[] transmitLacks;
    private final ApertureDiff[] receiveLacks;
    private final double[] transmitScale;
    /** Whether some echo of the frame needs the receive corrections (a uniform medium's do not). */
    private final boolean corrected;
    private final double frequencyTolerance;
    private final BeamFieldCache cache;

    private SharedLineTables(TransmitFieldTables transmit, ReceiveFieldTables receive, LineFrameGrid txNeeded,
                            LineFrameGrid rxNeeded, ApertureDiff[] transmitLacks, ApertureDiff[] receiveLacks,
                            double[] transmitScale, boolean corrected, double frequencyTolerance,
                            BeamFieldCache cache) {
        this.transmit = transmit;
        this.receive = receive;
        this.txLattice = LineFields.Lattice.of(txNeeded, transmit.grid);
        this.rxLattice = LineFields.Lattice.of(rxNeeded, receive.grid);
        this.transmitLacks = transmitLacks;
        this.receiveLacks = receiveLacks;
        this.transmitScale = transmitScale;
        this.corrected = corrected;
        this.frequencyTolerance = frequencyTolerance;
        this.cache = cache;
    }

    /** The tables of a frame whose lines sit at offset δ₀ from the element grid. */
    static SharedLineTables of(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, ChannelLayout layout,
                               TransmitBeams beams, double offset, TableLattices lattices, EchoSources sources,
                               EchoProfile profile, BeamFieldCache cache, PhasorTable phasors,
                               DirectivityTable directivity) {
        Transducer healthy = probe.withFaults(List.of());
        LineFrameGrid txNeeded = lattices.transmit(), rxNeeded = lattices.receive();
        int perPitch = lattices.transmitPerPitch();
        TransmitFieldTables tx = cache.transmit(new BeamFieldCache.TransmitKey(healthy, protocol.transmitFocus(),
                        protocol.transmitFNumber(), protocol.assumedSpeed(), offset, txNeeded.du, txNeeded.dz,
                        txNeeded.coarseFrom), txNeeded,
                grid -> new TransmitFieldTables(healthy, protocol, offset, perPitch, grid, cache.waves(healthy, offset,
                        grid, g -> new ElementWaves(healthy, g, offset, perPitch, phasors, directivity)), phasors));
        ReceiveFieldTables rx = lattices.receiveTables(healthy, protocol, offset, rxNeeded, profile, cache, phasors,
                directivity);
        int n = lines.count();
        ApertureDiff[] txLacks = new ApertureDiff[n], rxLacks = new ApertureDiff[n];
        double[] scale = new double[n];
        double reach = lattices.maxAperture(protocol.receiveFNumber(), probe.pitch());
        for (int l = 0; l < n; l++) {
            txLacks[l] = ApertureDiff.transmit(probe, lines, beams.beam(l), l, offset, tx.mMin, tx.mMax);
            scale[l] = 1.0 / beams.beam(l).elementCount();
            rxLacks[l] = ApertureDiff.receive(probe, lines, layout, l, offset, reach);
        }
        return new SharedLineTables(tx, rx, txNeeded, rxNeeded, txLacks, rxLacks, scale,
                LineFields.needCorrections(sources, rxNeeded, rx.rows),
                TableLattices.FREQUENCY_TOLERANCE * probe.centreFrequencyHz(), cache);
    }





    /**
     * Simulates every line with its fields, in parallel over the runs of lines (see the class comment) — or over the
     * lines, each reading the tables an earlier frame of the same geometry derived ({@link DerivedLineTables}).
     */
    @Override
    public void run(int lines, LineWork work) {
        DerivedLineTables.Key txKey = new DerivedLineTables.Key(transmit, false, Arrays.asList(transmitLacks));
        DerivedLineTables.Key rxKey = new DerivedLineTables.Key(receive, corrected, Arrays.asList(receiveLacks));
        DerivedLineTables keptTx = cache.lineTables(true, txKey), keptRx = cache.lineTables(false, rxKey);
        if (keptTx != null && keptRx != null) {
            OneAtATime.forEach(lines, l -> work.simulate(l, fields(l, keptTx.tables[l], keptRx.tables[l],
                    keptRx.corrections[l])));
            return;
        }
        boolean keep = cache.keepsLineTables() && derivedBytes(lines) <= DerivedLineTables.MAX_BYTES;
        DerivedLineTables recordTx = keep && keptTx == null ? new DerivedLineTables(lines) : null;
        DerivedLineTables recordRx = keep && keptRx == null ? new DerivedLineTables(lines) : null;
        List<int[]> tasks = tasks(lines);
        OneAtATime.forEach(tasks.size(), t -> runTask(tasks.get(t), work, keptTx, keptRx, recordTx, recordRx));
        if (recordTx != null) {
            cache.keep(true, txKey, recordTx);
        }
        if (recordRx != null) {
            cache.keep(false, rxKey, recordRx);
        }
    }

    /** The memory [bytes] the lines' own tables would take if kept. */
    private long derivedBytes(int lines) {
        long bytes = 0;
        for (int l = 0; l < lines; l++) {
            if (transmitLacks[l] != null && transmitLacks[l].size() > 0) {
                bytes += 4L * transmit.full.length;
            }
            if (receiveLacks[l].size() > 0) {
                bytes += 4L * (receive.sums.length + (corrected ? receive.corrections().length : 0));
            }
        }
        return bytes;
    }

    /**
     * The runs of consecutive lines that lack something, cut into pieces of at most {@link #RUN_LENGTH} lines (so
     * that a probe with a faulty element, whose lines all lack it, still runs in parallel) and each ordered from the
     * end that lacks least, and the lines that lack nothing, one task each; longest first, so the long runs start at
     * once. Fixed by the geometry alone.
     */
    private List<int[]> tasks(int lines) {
        List<int[]> tasks = new ArrayList<>();
        int l = 0;
        while (l < lines) {
            int end = l + 1;
            if (lacks(l)) {
                while (end < lines && end - l < RUN_LENGTH && lacks(end)) {
                    end++;
                }
            }
            int[] run = IntStream.range(l, end).toArray();
            if (cost(run[0]) > cost(run[run.length - 1])) {
                for (int a = 0, b = run.length - 1; a < b; a++, b--) {
                    int t = run[a];
                    run[a] = run[b];
                    run[b] = t;
                }
            }
            tasks.add(run);
            l = end;
        }
        tasks.sort(Comparator.comparingInt((int[] t) -> -t.length).thenComparingInt(t -> Math.min(t[0], t[t.length - 1])));
        return tasks;
    }

    private boolean lacks(int l) {
        return cost(l) > 0;
    }

    private int cost(int l) {
        return (transmitLacks[l] == null ? 0 : transmitLacks[l].size()) + receiveLacks[l].size();
    }

    /**
     * One run: each line's tables follow from the previous line's (or from the shared ones, if cheaper) on each side
     * not kept from an earlier frame; copies of those it derives go to the records that are not null.
     */
    private void runTask(int[] run, LineWork work, DerivedLineTables keptTx, DerivedLineTables keptRx,
                         DerivedLineTables recordTx, DerivedLineTables recordRx) {
        WorkingTables state = new WorkingTables();
        for (int l : run) {
            work.simulate(l, fields(l, state, keptTx, keptRx, recordTx, recordRx));
        }
    }

    private LineFields fields(int l, WorkingTables state, DerivedLineTables keptTx, DerivedLineTables keptRx,
                              DerivedLineTables recordTx, DerivedLineTables recordRx) {
        float[] tx;
        if (keptTx != null) {
            tx = keptTx.tables[l];
        } else {
            ApertureDiff txLacks = transmitLacks[l];
            tx = txLacks == null ? null : transmit.full;
            if (txLacks != null && txLacks.size() > 0) {
                state.moveTransmit(txLacks, transmit);
                tx = state.tx;
            }
            if (recordTx != null) {
                recordTx.tables[l] = tx == null || tx == transmit.full ? tx : tx.clone();
            }
        }
        float[] rx, corrections;
        if (keptRx != null) {
            rx = keptRx.tables[l];
            corrections = keptRx.corrections[l];
        } else {
            rx = receive.sums;
            corrections = corrected ? receive.corrections() : null;
            if (receiveLacks[l].size() > 0) {
                state.moveReceive(receiveLacks[l], receive, corrected);
                rx = state.rx;
                corrections = state.corrections;
            }
            if (recordRx != null) {
                recordRx.tables[l] = rx == receive.sums ? rx : rx.clone();
                recordRx.corrections[l] = corrections == null || !corrected || rx == receive.sums ? corrections
                        : corrections.clone();
            }
        }
        return fields(l, tx, rx, corrections);
    }

    private LineFields fields(int l, float[] tx, float[] rx, float[] corrections) {
        return new LineFields(txLattice, tx, transmitScale[l], 0, rxLattice, rx, corrections, Double.POSITIVE_INFINITY,
                receive.rows, frequencyTolerance);
    }

    /**
     * The tables a run is holding: the shared ones less what its current line lacks (the receive corrections only
     * if the frame needs them). Moving to the next line costs the element terms that change, or a copy of the shared
     * tables plus all the terms the line lacks, whichever is less: a receive term costs about
     * {@link #RECEIVE_TERM_COST} copies of an entry (square roots, phasors), a transmit term about one (a complex
     * multiply-add from the element wave).
     */
    private static final class WorkingTables {
        ApertureDiff txLacks;
        float[] tx;
        ApertureDiff rxLacks;
        float[] rx;
        float[] corrections;

        void moveTransmit(ApertureDiff target, TransmitFieldTables tables) {
            if (txLacks == null || target.distance(txLacks) > 1 + target.size()) {
                tx = tx == null ? tables.full.clone() : copy(tables.full, tx);
                txLacks = ApertureDiff.NONE;
            }
            target.forEachChange(txLacks, (m, lack, weight) -> tables.subtract(tx, m, lack));
            txLacks = target;
        }

        void moveReceive(ApertureDiff target, ReceiveFieldTables tables, boolean corrected) {
            if (rxLacks == null || RECEIVE_TERM_COST * target.distance(rxLacks) > 1 + RECEIVE_TERM_COST * target.size()) {
                rx = rx == null ? tables.sums.clone() : copy(tables.sums, rx);
                if (corrected) {
                    corrections = corrections == null ? tables.corrections().clone() : copy(tables.corrections(), corrections);
                }
                rxLacks = ApertureDiff.NONE;
            }
            target.forEachChange(rxLacks, (m, lack, weight) -> tables.subtract(rx, corrections, m, lack, weight));
            rxLacks = target;
        }

        private static float[] copy(float[] from, float[] to) {
            System.arraycopy(from, 0, to, 0, from.length);
            return to;
        }
    }
}
