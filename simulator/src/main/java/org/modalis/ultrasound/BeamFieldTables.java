package org.modalis.ultrasound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Tabulated transmit and receive fields of a linear array's lines, so that the beam-domain model reads each
 * (source, line) pair's fields by interpolation instead of summing over the elements. A linear array is
 * translation invariant: lines whose active elements sit at the same offsets from the line (every interior
 * line when the lines are a whole number of pitches apart) have the same field in coordinates (x − x_l, z). So:
 * <ul>
 *   <li>transmit: one table of H_tx (monochromatic at f₀, {@link TransmitBeam}) per set of active-element
 *   offsets and sensitivities shared by at least two lines; a line whose aperture is clipped by the array's end
 *   or holds a faulty element reads the table of the complete healthy aperture less the terms it lacks (the sum
 *   is linear in the elements), one term per lacking element;</li>
 *   <li>receive: one table per offset of the line from the element grid shared by at least two lines, built
 *   with an unbounded healthy array; a line uses it where its expanding aperture r/(2F#) does not yet reach past
 *   its recorded elements or a faulty element. The table is for slowness 1/c (the assumed speed; |c·m − 1| ≤ 10⁻³, whose defocus
 *   phase k·ε·z/(8F#²) stays below 0.05 rad at 6 cm) and stores H_rx and ∂H_rx/∂f at each row's mean source
 *   frequency f_t(z) (the downshift is a function of depth in a layered medium); a source within 3 % of f_t
 *   uses H + (f − f_t)·∂H/∂f, whose error (2πδfΔt)²/2 is ≤ 1.8 % where the element delay errors Δt are a
 *   period. Other sources compute their receive field directly.</li>
 * </ul>
 * Grid: lateral {@link #LATERAL_STEP_WAVELENGTHS} λ, depth {@link #DEPTH_STEP_WAVELENGTHS} λ; the
 * interpolation error this leaves is measured in BeamFieldTablesTest. Tables are filled in parallel, each entry
 * on its own, so the result does not depend on the thread count. Read-only after construction.
 */
final class BeamFieldTables {

    /** Lateral grid step in wavelengths. */
    static final double LATERAL_STEP_WAVELENGTHS = 0.125;
    /** Depth grid step in wavelengths. */
    static final double DEPTH_STEP_WAVELENGTHS = 0.25;
    /**
     * The first filled row: 16 depth steps (4λ, 1.2 mm at 5 MHz) below the face. Closer to the elements the
     * spreading √(r_ref/r) diverges and the phase turns faster than the grid resolves (BeamFieldTablesTest: a
     * 1.9 % rms frame error with rows from λ/2, 0.7 % from 4λ), so the few sources shallower than this compute
     * their fields directly.
     */
    static final int FIRST_ROW = 16;
    /** Largest |c·m − 1| for which the receive table (built for m = 1/c) is used. */
    static final double SLOWNESS_TOLERANCE = 1e-3;
    /** Largest |f − f_t|/f₀ for which the first-order frequency correction is used. */
    static final double FREQUENCY_TOLERANCE = 0.03;

    private final FieldTable[] transmit;
    private final FieldTable[] receive;
    /**
     * Per line whose transmit aperture is clipped by the array's end or holds a faulty element: the complete
     * healthy aperture's beam (whose table it reads), the elements it lacks with their coefficients 1 − g, and
     * N_complete/N_line; null where the line has its own table or none applies.
     */
    private final TransmitBeam[] transmitComplete;
    private final int[][] transmitIndex;
    private final double[][] transmitCoefficient;
    private final double[] transmitScale;
    private final FieldTable[] receiveSlope;
    private final double[] receiveMaxRange;
    /** Per line: the reference beam of its receive table and the offsets [lo, hi] of its recorded elements. */
    private final ReceiveBeam[] receiveReference;
    private final double[] recordedLo;
    private final double[] recordedHi;
    /** Per line: the range up to which no faulty element lies inside the aperture (the tables hold healthy arrays). */
    private final double[] faultFreeRange;
    private final double[] rowFrequency;
    private final double[] originX;
    private final double speed;
    private final double frequencyTolerance;
    /** Per-thread scratch for the slope lookup: no allocation per source. */
    private final ThreadLocal<double[]> slopeScratch = ThreadLocal.withInitial(() -> new double[2]);
    private final ThreadLocal<double[]> missingScratch = ThreadLocal.withInitial(() -> new double[4]);

    BeamFieldTables(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, ChannelLayout layout,
                    BeamGeometry geometry, TransmitBeams beams, EchoSources sources, PhasorTable phasors,
                    DirectivityTable directivity) {
        int n = lines.count();
        double zMax = 0;
        for (int s = 0; s < sources.count(); s++) {
            zMax = Math.max(zMax, sources.z[s]);
        }
        Grid grid = Grid.covering(probe, beams, n, zMax);
        speed = geometry.speed();
        frequencyTolerance = FREQUENCY_TOLERANCE * probe.centreFrequencyHz();
        originX = new double[n];
        for (int l = 0; l < n; l++) {
            originX[l] = lines.originX(l);
        }
        rowFrequency = rowFrequencies(sources, grid.dz(), grid.nz(), probe.centreFrequencyHz());
        transmit = new FieldTable[n];
        transmitComplete = new TransmitBeam[n];
        transmitIndex = new int[n][];
        transmitCoefficient = new double[n][];
        transmitScale = new double[n];
        completeApertures(probe, protocol, lines, beams, buildTransmit(probe, lines, beams, grid), phasors, directivity);
        receive = new FieldTable[n];
        receiveSlope = new FieldTable[n];
        receiveMaxRange = new double[n];
        receiveReference = new ReceiveBeam[n];
        recordedLo = new double[n];
        recordedHi = new double[n];
        faultFreeRange = new double[n];
        double reach = Math.hypot(grid.width(), zMax) / (2 * protocol.receiveFNumber()) + 2 * probe.pitch();
        for (List<Integer> group : groups(n, l -> List.of(offsetKey(probe, lines.originX(l))))) {
            if (group.size() >= 2) {
                buildReceive(group, probe, lines, layout, geometry, phasors, directivity, reach, grid);
            }
        }
    }

    /**
     * The tables' grid: λ/8 × λ/4 steps, laterally as wide as the widest transmit cone, from the face to the
     * deepest source, each row filled only within the widest cone at its depth and from {@link #FIRST_ROW} on.
     */
    private record Grid(double u0, double du, int nu, double dz, int nz, double width, double[] limit) {

        static Grid covering(Transducer probe, TransmitBeams beams, int lines, double zMax) {
            double lambda = probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
            double du = LATERAL_STEP_WAVELENGTHS * lambda, dz = DEPTH_STEP_WAVELENGTHS * lambda;
            double width = 0;
            for (int l = 0; l < lines; l++) {
                width = Math.max(width, Math.max(beams.coneHalfWidth(l, 0), beams.coneHalfWidth(l, zMax)));
            }
            int nu = 2 * (int) Math.ceil(width / du) + 3, nz = (int) Math.ceil(zMax / dz) + 3;
            double[] limit = new double[nz]; // the widest cone at each row: pairs outside it are never simulated
            java.util.Arrays.fill(limit, 0, FIRST_ROW, -1);
            for (int j = FIRST_ROW; j < nz; j++) {
                for (int l = 0; l < lines; l++) {
                    limit[j] = Math.max(limit[j], beams.coneHalfWidth(l, j * dz));
                }
            }
            return new Grid(-(nu - 1) / 2 * du, du, nu, dz, nz, width, limit);
        }

        FieldTable table() {
            return new FieldTable(u0, du, nu, dz, nz, limit);
        }
    }

    /** One transmit table per configuration shared by two lines or more; returns the tables by configuration. */
    private Map<List<Long>, FieldTable> buildTransmit(Transducer probe, ScanLines lines, TransmitBeams beams, Grid grid) {
        Map<List<Long>, FieldTable> byKey = new HashMap<>();
        for (List<Integer> group : groups(lines.count(), l -> transmitKey(probe, beams, lines, l))) {
            if (group.size() >= 2) {
                FieldTable t = grid.table();
                TransmitBeam beam = beams.beam(group.get(0));
                double x0 = lines.originX(group.get(0));
                fill(t, (u, z, out) -> beam.field(x0 + u, z, out));
                group.forEach(l -> transmit[l] = t);
                byKey.put(transmitKey(probe, beams, lines, group.get(0)), t);
            }
        }
        return byKey;
    }

    /** The tables of one group of lines at the same offset from the element grid, and each line's valid range. */
    private void buildReceive(List<Integer> group, Transducer probe, ScanLines lines, ChannelLayout layout,
                              BeamGeometry geometry, PhasorTable phasors, DirectivityTable directivity, double reach,
                              Grid grid) {
        int first = group.get(0);
        double x0 = lines.originX(first);
        double nearest = x0 - (x0 - probe.elementX(0)) % probe.pitch(); // an element at or below x0 on the grid
        int k = (int) Math.ceil(reach / probe.pitch()) + 1;
        double[] virtual = new double[2 * k + 2];
        for (int j = 0; j < virtual.length; j++) {
            virtual[j] = nearest + (j - k) * probe.pitch();
        }
        double[] healthy = new double[virtual.length];
        java.util.Arrays.fill(healthy, 1);
        ReceiveBeam beam = new ReceiveBeam(virtual, healthy, x0, 0, 1, x0, probe, geometry, phasors, directivity);
        FieldTable h = grid.table(), slope = grid.table();
        IntStream.range(0, grid.nz()).parallel().forEach(j -> {
            double[] out = new double[4];
            for (int i = 0; i < grid.nu(); i++) {
                if (!h.needed(i, j)) {
                    continue;
                }
                beam.fieldAndSlope(x0 + h.u(i), h.z(j), rowFrequency[j], out);
                int idx = h.index(i, j);
                h.re[idx] = (float) out[0];
                h.im[idx] = (float) out[1];
                slope.re[idx] = (float) out[2];
                slope.im[idx] = (float) out[3];
            }
        });
        for (int l : group) {
            receive[l] = h;
            receiveSlope[l] = slope;
            double lo = layout.elementX()[l * layout.aperture()] - lines.originX(l);
            double hi = layout.elementX()[(l + 1) * layout.aperture() - 1] - lines.originX(l);
            // The reference sums the elements with |d| < a(r); line l has every grid element with d in [lo, hi],
            // so the two agree while a(r) ≤ min(−lo, hi) + pitch.
            double clear = Math.min(Math.min(-lo, hi) + probe.pitch(), nearestFault(probe, lines.originX(l)));
            receiveMaxRange[l] = 2 * geometry.receiveFNumber() * clear;
            faultFreeRange[l] = 2 * geometry.receiveFNumber() * nearestFault(probe, lines.originX(l));
            receiveReference[l] = beam;
            recordedLo[l] = lo;
            recordedHi[l] = hi;
        }
    }

    /**
     * Distance [m] from x to the nearest faulty element (infinite for a healthy probe): the table, built with
     * healthy elements, holds while the aperture a(r) does not reach it.
     */
    private static double nearestFault(Transducer probe, double x) {
        double d = Double.POSITIVE_INFINITY;
        for (ElementFault f : probe.faults()) {
            d = Math.min(d, Math.abs(probe.elementX(f.element()) - x));
        }
        return d;
    }

    /** H_tx of line l at lateral offset u = x − x_l and depth z, if tabulated; false: compute it directly. */
    boolean transmit(int l, double u, double z, double[] out) {
        FieldTable t = transmit[l];
        if (t == null || !t.contains(u, z)) {
            return false;
        }
        t.at(u, z, out);
        TransmitBeam complete = transmitComplete[l];
        if (complete != null) { // H_l = (N_complete/N_l)·(H_complete − the terms line l lacks)
            double[] m = slopeScratch.get();
            complete.partialField(originX[l] + u, z, transmitIndex[l], transmitCoefficient[l], m);
            out[0] = (out[0] - m[0]) * transmitScale[l];
            out[1] = (out[1] - m[1]) * transmitScale[l];
        }
        return true;
    }

    /**
     * For each line without a table of its own: the beam of the same line on an array extended past both ends
     * (healthy, same pitch and element grid), and — if a table of that complete aperture exists — the terms the
     * real line lacks (elements beyond the array's end, coefficient 1; faulty elements, 1 − g).
     */
    private void completeApertures(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, TransmitBeams beams,
                                   Map<List<Long>, FieldTable> byKey, PhasorTable phasors, DirectivityTable directivity) {
        int extra = 2 * ((int) Math.ceil(protocol.transmitFocus() / protocol.transmitFNumber() / 2 / probe.pitch()) + 2);
        if (probe.elements() + extra > 512) { // even, so the extended array keeps the element grid
            return;
        }
        Transducer extended = new Transducer(probe.name(), probe.type(), probe.centreFrequencyHz(),
                probe.fractionalBandwidth(), probe.elements() + extra, probe.pitch(), probe.elementWidth(), List.of());
        for (int l = 0; l < lines.count(); l++) {
            if (transmit[l] == null) {
                completeAperture(l, probe, protocol, lines, beams, byKey,
                        new TransmitBeam(extended, protocol, lines, l, phasors, directivity));
            }
        }
    }

    private void completeAperture(int l, Transducer probe, UltrasoundProtocol protocol, ScanLines lines,
                                  TransmitBeams beams, Map<List<Long>, FieldTable> byKey, TransmitBeam complete) {
        FieldTable t = byKey.get(healthyKey(complete));
        if (t == null || complete.halfAperture != beams.beam(l).halfAperture) {
            return;
        }
        double[] offsets = complete.elementOffsets();
        int[] index = new int[offsets.length];
        double[] coefficient = new double[offsets.length];
        int lacking = 0, present = 0;
        for (int j = 0; j < offsets.length; j++) {
            double x = lines.originX(l) + offsets[j];
            int real = probe.elementNearest(x);
            boolean exists = Math.abs(probe.elementX(real) - x) < 1e-9;
            present += exists ? 1 : 0;
            double g = exists ? probe.elementGain(real) : 0;
            if (g != 1) {
                index[lacking] = j;
                coefficient[lacking++] = 1 - g;
            }
        }
        if (present != beams.beam(l).elementCount() || present == 0) {
            return;
        }
        transmit[l] = t;
        transmitComplete[l] = complete;
        transmitIndex[l] = java.util.Arrays.copyOf(index, lacking);
        transmitCoefficient[l] = java.util.Arrays.copyOf(coefficient, lacking);
        transmitScale[l] = (double) complete.elementCount() / present;
    }

    /** The key of a healthy aperture: its offsets [nm] each with sensitivity 1. */
    private static List<Long> healthyKey(TransmitBeam beam) {
        List<Long> key = new ArrayList<>();
        for (double x : beam.elementOffsets()) {
            key.add(Math.round(x * 1e9));
            key.add(1_000_000_000L);
        }
        return key;
    }

    /**
     * H_rx of line l at offset u, depth z for slowness m and frequency f, if the table applies (slowness within
     * tolerance of 1/c, frequency within tolerance of the row's, aperture inside the line's recorded elements);
     * false: compute it directly.
     */
    boolean receive(int l, double u, double z, double slowness, double frequency, double[] out) {
        FieldTable h = receive[l];
        double range = Math.hypot(u, z);
        if (h == null || Math.abs(speed * slowness - 1) > SLOWNESS_TOLERANCE || !h.contains(u, z)
                || range > faultFreeRange[l]) {
            return false;
        }
        double row = h.row(z);
        int j = (int) row;
        double b = row - j;
        double d0 = frequency - rowFrequency[j], d1 = frequency - rowFrequency[j + 1];
        if (Math.abs(d0) > frequencyTolerance || Math.abs(d1) > frequencyTolerance) {
            return false;
        }
        double[] s = slopeScratch.get();
        h.atRow(u, j, out);
        receiveSlope[l].atRow(u, j, s);
        double re0 = out[0] + d0 * s[0], im0 = out[1] + d0 * s[1];
        h.atRow(u, j + 1, out);
        receiveSlope[l].atRow(u, j + 1, s);
        out[0] = (1 - b) * re0 + b * (out[0] + d1 * s[0]);
        out[1] = (1 - b) * im0 + b * (out[1] + d1 * s[1]);
        if (range > receiveMaxRange[l]) {
            clip(l, u, z, frequency, out);
        }
        return true;
    }

    /**
     * Turns the reference (unclipped) field in {@code out} into line l's, whose aperture has reached past its
     * recorded elements (the array's end): H_l = (H·W − Σ_missing)/(W − W_missing), the missing terms summed
     * exactly at the source's frequency.
     */
    private void clip(int l, double u, double z, double frequency, double[] out) {
        double[] m = missingScratch.get();
        receiveReference[l].missing(u, z, frequency, recordedLo[l], recordedHi[l], m);
        double kept = m[3] - m[2];
        if (kept <= 0) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        out[0] = (out[0] * m[3] - m[0]) / kept;
        out[1] = (out[1] * m[3] - m[1]) / kept;
    }

    /** The mean source frequency of each table row (sources binned to the nearest row); f₀ where a row has none. */
    private static double[] rowFrequencies(EchoSources sources, double dz, int nz, double f0) {
        double[] sum = new double[nz];
        int[] count = new int[nz];
        for (int s = 0; s < sources.count(); s++) {
            int j = (int) Math.round(sources.z[s] / dz);
            if (j >= 0 && j < nz) {
                sum[j] += sources.centreFrequency[s];
                count[j]++;
            }
        }
        double[] f = new double[nz];
        for (int j = 0; j < nz; j++) {
            f[j] = count[j] > 0 ? sum[j] / count[j] : f0;
        }
        return f;
    }

    private interface FieldFunction {
        void field(double u, double z, double[] out);
    }

    private static void fill(FieldTable t, FieldFunction f) {
        IntStream.range(0, t.nz()).parallel().forEach(j -> {
            double[] out = new double[2];
            for (int i = 0; i < t.nu(); i++) {
                if (!t.needed(i, j)) {
                    continue;
                }
                f.field(t.u(i), t.z(j), out);
                t.re[t.index(i, j)] = (float) out[0];
                t.im[t.index(i, j)] = (float) out[1];
            }
        });
    }

    /** Lines grouped by a key, in line order. */
    private static List<List<Integer>> groups(int n, java.util.function.IntFunction<List<Long>> key) {
        Map<List<Long>, List<Integer>> map = new HashMap<>();
        List<List<Integer>> order = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            List<Integer> g = map.computeIfAbsent(key.apply(l), k -> new ArrayList<>());
            if (g.isEmpty()) {
                order.add(g);
            }
            g.add(l);
        }
        return order;
    }

    /** The active transmit elements' offsets from the line [nm] and their sensitivities [10⁻⁹]. */
    private static List<Long> transmitKey(Transducer probe, TransmitBeams beams, ScanLines lines, int l) {
        List<Long> key = new ArrayList<>();
        for (double x : beams.beam(l).elementOffsets()) {
            key.add(Math.round(x * 1e9));
            key.add(Math.round(probe.elementGain(probe.elementNearest(x + lines.originX(l))) * 1e9));
        }
        return key;
    }

    /** The line's offset from the element grid, in nanometres. */
    private static long offsetKey(Transducer probe, double x) {
        double off = (x - probe.elementX(0)) % probe.pitch();
        long nm = Math.round(off * 1e9);
        return nm == Math.round(probe.pitch() * 1e9) ? 0 : nm;
    }
}
