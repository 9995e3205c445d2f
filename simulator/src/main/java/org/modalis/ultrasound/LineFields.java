package org.modalis.ultrasound;

/**
 * The tabulated transmit and receive fields of one line, as the beam-domain model reads them for each source: a
 * bilinear lookup in the line frame instead of a sum over the elements. Either table may be absent (null), and a
 * lookup outside the region the frame needs (near the face, below the deepest row), at another slowness than the
 * assumed speed's or too far from the row's echo frequency answers false: the caller then sums over the elements.
 * The region checked is the frame's own ({@code needed}), never the larger one a reused table may hold, so a reused
 * table gives the very bytes of a fresh one. Lookups multiply by precomputed reciprocals and read each table from
 * one interleaved array (two neighbouring entries share a cache line).
 */
final class LineFields {

    /**
     * Largest relative difference |m − m_j|/m_j between an echo's mean slowness and its row's for which the receive
     * table's second-order correction is used: the defocus phase grows as (m − m_j)·depth, and the neglected third
     * order leaves at 2 % an rms error of 0.1 % of the on-axis field at 5–25 mm, 0.14 % at 40 mm, 0.36 % at 60 mm
     * (measured against the element sums; 0.3–1.2 % at 3 %). Behind a cyst the echoes lie 1–2 % off the tissue
     * around; behind a calcification 5 % and more (those sum their elements).
     */
    static final double SLOWNESS_TOLERANCE = 0.02;
    /** An echo this close to its row's slowness and frequency (relative) needs no correction but the first in f. */
    static final double ROW_SLOWNESS_MATCH = 1e-6;
    static final double ROW_FREQUENCY_MATCH = 5e-3;

    private final Lattice tx;
    private final float[] txTable;
    private final double txScale;
    private final double txShift;
    private final Lattice rx;
    private final float[] rxTable;
    private final float[] rxCorrections;
    private final double rxMaxRangeSquared;
    private final double[] rowFrequency;
    private final double[] rowSlowness;
    private final double frequencyTolerance;

    /**
     * Where a table's cells are: the reciprocal steps, the rows the frame may look up (first ≤ j, j + 1 &lt; rows),
     * per row the columns a cell may start at (−w ≤ i &lt; w) and the flat index of column 0 in the table.
     */
    record Lattice(double perDu, double perDz, int coarseFrom, int first, int rows, int[] cellWidth, int[] rowBase) {

        static Lattice of(LineFrameGrid needed, LineFrameGrid table) {
            return new Lattice(1 / needed.du, 1 / needed.dz, needed.coarseFrom, needed.firstRow, needed.rows,
                    needed.cellWidths(), table.rowBases());
        }

        /** The fractional row of depth z ({@link LineFrameGrid#row}). */
        double row(double z) {
            double fine = z * perDz;
            return fine <= coarseFrom ? fine : coarseFrom + 0.5 * (fine - coarseFrom);
        }
    }

    /**
     * @param txTable    (re, im) per entry: N × the line's transmit field (N its element count); null: none
     * @param txScale    1/N
     * @param txShift    ε [m]: the transmit lattice's columns sit at u = i·du + ε
     * @param rxTable    per entry the receive sums ({@link ReceiveFieldTables#sums}); null: none
     * @param rxCorrections per entry their corrections ({@link ReceiveFieldTables#corrections}); null: echoes that
     *                   need them sum their elements
     * @param rxMaxRange the range [m] beyond which the receive table does not hold for this line (its aperture would
     *                   reach an element it does not record or a faulty one: {@link OwnLineTables})
     */
    LineFields(Lattice tx, float[] txTable, double txScale, double txShift, Lattice rx, float[] rxTable,
               float[] rxCorrections, double rxMaxRange, EchoProfile.Rows rows, double frequencyTolerance) {
        this.tx = tx;
        this.txTable = txTable;
        this.txScale = txScale;
        this.txShift = txShift;
        this.rx = rx;
        this.rxTable = rxTable;
        this.rxCorrections = rxCorrections;
        this.rxMaxRangeSquared = rxMaxRange * rxMaxRange;
        this.rowFrequency = rows.frequency();
        this.rowSlowness = rows.slowness();
        this.frequencyTolerance = frequencyTolerance;
    }

    /** H_tx at lateral offset u = x − x_l and depth z into {@code out} = {re, im}; false: not tabulated there. */
    boolean transmit(double u, double z, double[] out) {
        double fz = tx.row(z), fu = (u - txShift) * tx.perDu();
        int j = (int) fz, i = (int) Math.floor(fu);
        if (txTable == null || j < tx.first() || j + 1 >= tx.rows() || i < -tx.cellWidth()[j] || i >= tx.cellWidth()[j]) {
            return false;
        }
        double a = fu - i, b = fz - j;
        int k0 = 2 * (tx.rowBase()[j] + i), k1 = 2 * (tx.rowBase()[j + 1] + i);
        float[] t = txTable;
        double w00 = (1 - a) * (1 - b) * txScale, w10 = a * (1 - b) * txScale, w01 = (1 - a) * b * txScale,
                w11 = a * b * txScale;
        out[0] = w00 * t[k0] + w10 * t[k0 + 2] + w01 * t[k1] + w11 * t[k1 + 2];
        out[1] = w00 * t[k0 + 1] + w10 * t[k0 + 3] + w01 * t[k1 + 1] + w11 * t[k1 + 3];
        return true;
    }

    /**
     * H_rx for a source at (u, z) of slowness m [s/m] and echo frequency f [Hz] into {@code out} = {re, im}: the sums
     * of rows j and j + 1 around z, each corrected to f and m (second order), interpolated bilinearly, S over K. False:
     * not tabulated there, or f, m outside the tolerances ({@link #receives}).
     */
    boolean receive(double u, double z, double slowness, double frequency, double[] out) {
        if (!receives(u, z, slowness, frequency)) {
            return false;
        }
        lookUp(u, z, slowness, frequency, out);
        return true;
    }

    /**
     * Whether the receive table gives H_rx for this echo: inside the frame's region and the range this line's table
     * holds to, f and m within the tolerances of both rows around z, and the corrections there if the echo needs
     * them. Reads no table entry.
     */
    boolean receives(double u, double z, double slowness, double frequency) {
        double fz = rx.row(z), fu = u * rx.perDu();
        int j = (int) fz, i = (int) Math.floor(fu);
        if (rxTable == null || j < rx.first() || j + 1 >= rx.rows() || i < -rx.cellWidth()[j] || i >= rx.cellWidth()[j]
                || u * u + z * z > rxMaxRangeSquared) {
            return false;
        }
        double d0 = frequency - rowFrequency[j], d1 = frequency - rowFrequency[j + 1];
        double e0 = slowness - rowSlowness[j], e1 = slowness - rowSlowness[j + 1];
        if (Math.abs(d0) > frequencyTolerance || Math.abs(d1) > frequencyTolerance
                || Math.abs(e0) > SLOWNESS_TOLERANCE * rowSlowness[j] || Math.abs(e1) > SLOWNESS_TOLERANCE * rowSlowness[j + 1]) {
            return false;
        }
        return rxCorrections != null || atRowEcho(rowFrequency, rowSlowness, j, frequency, slowness)
                && atRowEcho(rowFrequency, rowSlowness, j + 1, frequency, slowness);
    }

    /** H_rx into {@code out} where {@link #receives} holds. */
    void lookUp(double u, double z, double slowness, double frequency, double[] out) {
        double fz = rx.row(z), fu = u * rx.perDu();
        int j = (int) fz, i = (int) Math.floor(fu);
        double d0 = frequency - rowFrequency[j], d1 = frequency - rowFrequency[j + 1];
        double e0 = slowness - rowSlowness[j], e1 = slowness - rowSlowness[j + 1];
        double a = fu - i, b = fz - j;
        double w00 = (1 - a) * (1 - b), w10 = a * (1 - b), w01 = (1 - a) * b, w11 = a * b;
        int i0 = rx.rowBase()[j] + i, i1 = rx.rowBase()[j + 1] + i;
        if (atRowEcho(rowFrequency, rowSlowness, j, frequency, slowness)
                && atRowEcho(rowFrequency, rowSlowness, j + 1, frequency, slowness)) {
            base(w00, w10, w01, w11, i0, i1, d0, d1, out);
            return;
        }
        int n = ReceiveFieldTables.BASE, c = ReceiveFieldTables.CORRECTIONS;
        float[] t = rxTable, q = rxCorrections;
        int k0 = n * i0, k1 = n * i1, c0 = c * i0, c1 = c * i1;
        double re = w00 * corrected(t, k0, q, c0, d0, e0) + w10 * corrected(t, k0 + n, q, c0 + c, d0, e0)
                + w01 * corrected(t, k1, q, c1, d1, e1) + w11 * corrected(t, k1 + n, q, c1 + c, d1, e1);
        double im = w00 * corrected(t, k0 + 1, q, c0 + 1, d0, e0) + w10 * corrected(t, k0 + n + 1, q, c0 + c + 1, d0, e0)
                + w01 * corrected(t, k1 + 1, q, c1 + 1, d1, e1) + w11 * corrected(t, k1 + n + 1, q, c1 + c + 1, d1, e1);
        double weight = w00 * weight(t, k0, q, c0, e0) + w10 * weight(t, k0 + n, q, c0 + c, e0)
                + w01 * weight(t, k1, q, c1, e1) + w11 * weight(t, k1 + n, q, c1 + c, e1);
        double inverse = weight > 0 ? 1 / weight : 0;
        out[0] = re * inverse;
        out[1] = im * inverse;
    }

    /**
     * Whether an echo is at row j's own (to 10⁻⁶ in slowness — float rounding of the medium's travel times — and
     * 0.5 % in frequency, whose second order is then below 6·10⁻⁴ of the field): the lookup needs only the sums and
     * the first frequency derivative.
     */
    static boolean atRowEcho(double[] rowFrequency, double[] rowSlowness, int j, double frequency, double slowness) {
        return Math.abs(slowness - rowSlowness[j]) <= ROW_SLOWNESS_MATCH * rowSlowness[j]
                && Math.abs(frequency - rowFrequency[j]) <= ROW_FREQUENCY_MATCH * rowFrequency[j];
    }

    /**
     * Whether some echo of {@code sources} in the region of {@code grid} is not at its rows' echo ({@link #atRowEcho}),
     * so that a frame's tables need their corrections (a uniform medium's do not).
     */
    static boolean needCorrections(EchoSources sources, LineFrameGrid grid, EchoProfile.Rows rows) {
        for (int s = 0; s < sources.count(); s++) {
            double fz = grid.row(Math.max(0, sources.z[s]));
            int j = (int) fz;
            if (j >= grid.firstRow && j + 1 < grid.rows
                    && !(atRowEcho(rows.frequency(), rows.slowness(), j, sources.centreFrequency[s], sources.slowness[s])
                    && atRowEcho(rows.frequency(), rows.slowness(), j + 1, sources.centreFrequency[s], sources.slowness[s]))) {
                return true;
            }
        }
        return false;
    }

    /** The lookup with the sums alone: S + δf·∂S/∂f over K. */
    private void base(double w00, double w10, double w01, double w11, int i0, int i1, double d0, double d1,
                         double[] out) {
        int n = ReceiveFieldTables.BASE, k0 = n * i0, k1 = n * i1;
        float[] t = rxTable;
        double re = w00 * (t[k0] + d0 * t[k0 + 2]) + w10 * (t[k0 + n] + d0 * t[k0 + n + 2])
                + w01 * (t[k1] + d1 * t[k1 + 2]) + w11 * (t[k1 + n] + d1 * t[k1 + n + 2]);
        double im = w00 * (t[k0 + 1] + d0 * t[k0 + 3]) + w10 * (t[k0 + n + 1] + d0 * t[k0 + n + 3])
                + w01 * (t[k1 + 1] + d1 * t[k1 + 3]) + w11 * (t[k1 + n + 1] + d1 * t[k1 + n + 3]);
        double weight = w00 * t[k0 + 4] + w10 * t[k0 + n + 4] + w01 * t[k1 + 4] + w11 * t[k1 + n + 4];
        double inverse = weight > 0 ? 1 / weight : 0;
        out[0] = re * inverse;
        out[1] = im * inverse;
    }

    /** An entry's weight K (sums at k) corrected by δm (corrections at c). */
    private static double weight(float[] t, int k, float[] q, int c, double dm) {
        return t[k + 4] + dm * (q[c + 8] + 0.5 * dm * q[c + 9]);
    }

    /** One part (re at k, im at k + 1 of the sums; the same at c of the corrections) corrected by δf and δm. */
    private static double corrected(float[] t, int k, float[] q, int c, double df, double dm) {
        return t[k] + df * (t[k + 2] + 0.5 * df * q[c + 4] + dm * q[c + 6]) + dm * (q[c] + 0.5 * dm * q[c + 2]);
    }
}
