package org.modalis.ultrasound;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The field tables of one frame of a linear array whose lines all sit at the same offset δ₀ from the element grid
 * (lines a whole number of pitches apart): the shared tables of the complete healthy aperture
 * ({@link TransmitFieldTables}, {@link ReceiveFieldTables}, possibly reused from an earlier frame through a
 * {@link BeamFieldCache}) and, for each line, what its own aperture lacks — transmit elements beyond the array's
 * end or faulty, receive elements the line does not record (clipped by the array's end) or records weaker.
 *
 * <p>A line's tables are the shared ones less those terms, computed while the frame runs: the lines are simulated
 * in runs of neighbours whose apertures differ from the complete one (the lines near each end, those near a faulty
 * element), each run in order from the line that lacks least, so each line's tables follow from its neighbour's by
 * one or two terms per entry (an element more clipped) instead of every missing element per source. Lines that
 * lack nothing read the shared tables. The runs and their order are fixed by the geometry, so the bytes do not
 * depend on the thread count.
 *
 * <p>Grid: lateral step du = p/M ≤ λ/8 (M = ⌈8p/λ⌉, so element offsets fall on the lattice); depth λ/4 for
 * transmit, λ/2 for receive (the dynamically focused receive field changes slowly with depth: the interpolation
 * error of the receive table is the same at λ/2 as at λ/4 below 5 mm, 0.05 % rms, and 0.24 % at 1–5 mm, measured);
 * both from 4λ below the face (closer, the spreading diverges and the sources compute their fields directly).
 */
final class BeamFieldTables {

    /** Lateral steps: at most this many wavelengths (the largest pitch/M below it). */
    static final double TRANSMIT_LATERAL_STEP_WAVELENGTHS = 0.125;
    static final double RECEIVE_LATERAL_STEP_WAVELENGTHS = 0.25;
    /** Depth steps in wavelengths, doubled below the depths that follow. */
    static final double TRANSMIT_DEPTH_STEP_WAVELENGTHS = 0.25;
    static final double RECEIVE_DEPTH_STEP_WAVELENGTHS = 0.5;
    /** Depths [wavelengths] from which the depth steps double: 48λ (15 mm at 5 MHz) transmit, 16λ receive. */
    static final double TRANSMIT_COARSE_FROM_WAVELENGTHS = 48;
    static final double RECEIVE_COARSE_FROM_WAVELENGTHS = 16;
    /** The first filled row's depth in wavelengths (1.2 mm at 5 MHz). */
    static final double FIRST_ROW_WAVELENGTHS = 4;
    /** Largest |f − f_j|/f₀ for which the first-order frequency correction is used. */
    static final double FREQUENCY_TOLERANCE = 0.03;
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
    private final double speed;
    private final double frequencyTolerance;

    private BeamFieldTables(TransmitFieldTables transmit, ReceiveFieldTables receive, LineFrameGrid txNeeded,
                            LineFrameGrid rxNeeded, ApertureDiff[] transmitLacks, ApertureDiff[] receiveLacks,
                            double[] transmitScale, double speed, double frequencyTolerance) {
        this.transmit = transmit;
        this.receive = receive;
        this.txLattice = LineFields.Lattice.of(txNeeded, transmit.grid);
        this.rxLattice = LineFields.Lattice.of(rxNeeded, receive.grid);
        this.transmitLacks = transmitLacks;
        this.receiveLacks = receiveLacks;
        this.transmitScale = transmitScale;
        this.speed = speed;
        this.frequencyTolerance = frequencyTolerance;
    }

    /** What the line simulation does with each line's fields. */
    interface LineWork {
        void simulate(int line, LineFields fields);
    }

    /**
     * The tables for a frame, or null where they do not apply (a phased array; lines at different offsets from the
     * element grid; no source).
     *
     * @param zMax    the deepest source [m]
     * @param profile the echo frequency by depth (receive rows)
     * @param cache   where earlier frames' tables are kept (a fresh one for a one-off frame)
     */
    static BeamFieldTables of(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, ChannelLayout layout,
                              TransmitBeams beams, double zMax, EchoFrequencyProfile profile, BeamFieldCache cache,
                              PhasorTable phasors, DirectivityTable directivity) {
        double offset = commonOffset(probe, lines);
        if (probe.type() != ArrayType.LINEAR || Double.isNaN(offset) || zMax <= 0) {
            return null;
        }
        Transducer healthy = probe.withFaults(List.of());
        double lambda = probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        int txPerPitch = perPitch(probe.pitch(), TRANSMIT_LATERAL_STEP_WAVELENGTHS * lambda);
        int rxPerPitch = perPitch(probe.pitch(), RECEIVE_LATERAL_STEP_WAVELENGTHS * lambda);
        LineFrameGrid txNeeded = coneGrid(beams, probe.pitch() / txPerPitch, TRANSMIT_DEPTH_STEP_WAVELENGTHS * lambda,
                TRANSMIT_COARSE_FROM_WAVELENGTHS / TRANSMIT_DEPTH_STEP_WAVELENGTHS, lambda, zMax);
        LineFrameGrid rxNeeded = coneGrid(beams, probe.pitch() / rxPerPitch, RECEIVE_DEPTH_STEP_WAVELENGTHS * lambda,
                RECEIVE_COARSE_FROM_WAVELENGTHS / RECEIVE_DEPTH_STEP_WAVELENGTHS, lambda, zMax);
        TransmitFieldTables tx = cache.transmit(new BeamFieldCache.TransmitKey(healthy, protocol.transmitFocus(),
                        protocol.transmitFNumber(), protocol.assumedSpeed(), offset, txNeeded.du, txNeeded.dz,
                        txNeeded.coarseFrom), txNeeded,
                grid -> new TransmitFieldTables(healthy, protocol, offset, txPerPitch, grid, phasors, directivity));
        double[] rowFrequency = profile.rows(rxNeeded);
        ReceiveFieldTables rx = cache.receive(new BeamFieldCache.ReceiveKey(healthy, protocol.receiveFNumber(),
                        protocol.assumedSpeed(), offset, rxNeeded.du, rxNeeded.dz, rxNeeded.coarseFrom), rxNeeded,
                rowFrequency, grid -> new ReceiveFieldTables(healthy, protocol.receiveFNumber(), protocol.assumedSpeed(),
                        offset, rxPerPitch, grid, profile.rows(grid), phasors, directivity));
        int n = lines.count();
        ApertureDiff[] txLacks = new ApertureDiff[n], rxLacks = new ApertureDiff[n];
        double[] scale = new double[n];
        double reach = maxAperture(rxNeeded, protocol.receiveFNumber(), probe.pitch());
        for (int l = 0; l < n; l++) {
            txLacks[l] = ApertureDiff.transmit(probe, lines, beams.beam(l), l, offset, tx.mMin, tx.mMax);
            scale[l] = 1.0 / beams.beam(l).elementCount();
            rxLacks[l] = ApertureDiff.receive(probe, lines, layout, l, offset, reach);
        }
        return new BeamFieldTables(tx, rx, txNeeded, rxNeeded, txLacks, rxLacks, scale, protocol.assumedSpeed(),
                FREQUENCY_TOLERANCE * probe.centreFrequencyHz());
    }

    /**
     * The element grid's offset δ₀ ∈ [0, p) from the lines if every line has the same (to 1 nm), else NaN.
     */
    static double commonOffset(Transducer probe, ScanLines lines) {
        double p = probe.pitch(), first = Double.NaN;
        for (int l = 0; l < lines.count(); l++) {
            double d = ((probe.elementX(0) - lines.originX(l)) % p + p) % p;
            if (d > p - 1e-9) {
                d = 0;
            }
            if (Double.isNaN(first)) {
                first = d;
            } else if (Math.abs(d - first) > 1e-9 && Math.abs(Math.abs(d - first) - p) > 1e-9) {
                return Double.NaN;
            }
        }
        return first;
    }

    /**
     * The lattice over the transmit cone (the same for every line), rows to zMax, from 4λ on, dz apart and 2·dz
     * from row {@code coarseFrom}.
     */
    private static LineFrameGrid coneGrid(TransmitBeams beams, double du, double dz, double coarseFrom, double lambda,
                                          double zMax) {
        int coarse = (int) Math.round(coarseFrom);
        int rows = LineFrameGrid.rowsTo(zMax, dz, coarse) + 1;
        double[] limit = new double[rows];
        for (int j = 0; j < rows; j++) { // the cone is convex in z: its largest width over rows j − 1 … j + 1
            limit[j] = Math.max(beams.coneHalfWidth(0, LineFrameGrid.depth(Math.max(0, j - 1), dz, coarse)),
                    Math.max(beams.coneHalfWidth(0, LineFrameGrid.depth(j, dz, coarse)),
                            beams.coneHalfWidth(0, LineFrameGrid.depth(j + 1, dz, coarse))));
        }
        return new LineFrameGrid(du, dz, coarse, (int) Math.ceil(FIRST_ROW_WAVELENGTHS * lambda / dz - 1e-9), limit);
    }

    /** M: the smallest number of lattice steps per pitch that makes the step at most {@code step}. */
    private static int perPitch(double pitch, double step) {
        return (int) Math.ceil(pitch / step - 1e-9);
    }

    /** The widest receive aperture half-width [m] any entry of {@code grid} has. */
    private static double maxAperture(LineFrameGrid grid, double fNumber, double pitch) {
        double r = 0;
        for (int j = grid.firstRow; j < grid.rows; j++) {
            r = Math.max(r, Math.hypot(grid.width(j) * grid.du, grid.z(j)));
        }
        return Math.max(r / (2 * fNumber), pitch);
    }

    /** Simulates every line with its fields, in parallel over the runs of lines (see the class comment). */
    void run(int lines, LineWork work) {
        List<int[]> tasks = tasks(lines);
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, workers).parallel().forEach(w -> {
            for (int t = next.getAndIncrement(); t < tasks.size(); t = next.getAndIncrement()) {
                runTask(tasks.get(t), work);
            }
        });
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

    /** One run: each line's tables follow from the previous line's (or from the shared ones, if cheaper). */
    private void runTask(int[] run, LineWork work) {
        WorkingTables state = new WorkingTables();
        for (int l : run) {
            work.simulate(l, fields(l, state));
        }
    }

    private LineFields fields(int l, WorkingTables state) {
        ApertureDiff txLacks = transmitLacks[l];
        float[] tx = txLacks == null ? null : transmit.full;
        if (txLacks != null && txLacks.size() > 0) {
            state.moveTransmit(txLacks, transmit);
            tx = state.tx;
        }
        float[] rx = receive.sums;
        if (receiveLacks[l].size() > 0) {
            state.moveReceive(receiveLacks[l], receive);
            rx = state.rx;
        }
        return new LineFields(txLattice, tx, transmitScale[l], rxLattice, rx, receive.rowFrequency, speed,
                frequencyTolerance);
    }

    /**
     * The tables a run is holding: the shared ones less what its current line lacks. Moving to the next line costs
     * the element terms that change, or a copy of the shared tables plus all the terms the line lacks, whichever is
     * less: a receive term costs about {@link #RECEIVE_TERM_COST} copies of an entry (square roots, directivity,
     * phasors), a transmit term about one (a complex multiply-add from the element wave).
     */
    private static final class WorkingTables {
        ApertureDiff txLacks;
        float[] tx;
        ApertureDiff rxLacks;
        float[] rx;

        void moveTransmit(ApertureDiff target, TransmitFieldTables tables) {
            if (txLacks == null || target.distance(txLacks) > 1 + target.size()) {
                tx = tx == null ? tables.full.clone() : copy(tables.full, tx);
                txLacks = ApertureDiff.NONE;
            }
            target.forEachChange(txLacks, (m, lack, weight) -> tables.subtract(tx, m, lack));
            txLacks = target;
        }

        void moveReceive(ApertureDiff target, ReceiveFieldTables tables) {
            if (rxLacks == null || RECEIVE_TERM_COST * target.distance(rxLacks) > 1 + RECEIVE_TERM_COST * target.size()) {
                rx = rx == null ? tables.sums.clone() : copy(tables.sums, rx);
                rxLacks = ApertureDiff.NONE;
            }
            target.forEachChange(rxLacks, (m, lack, weight) -> tables.subtract(rx, m, lack, weight));
            rxLacks = target;
        }

        private static float[] copy(float[] from, float[] to) {
            System.arraycopy(from, 0, to, 0, from.length);
            return to;
        }
    }
}
