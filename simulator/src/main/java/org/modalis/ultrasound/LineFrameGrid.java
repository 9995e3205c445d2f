package org.modalis.ultrasound;

/**
 * The lattice of a field tabulated in a line's own frame: lateral offsets u_i = i·du from the line (i may be
 * negative) and depth rows below the face, dz apart down to row {@code coarseFrom} and 2·dz apart below it (the
 * fields change more slowly with depth far from the face, see {@link BeamFieldTables}). Row j holds the columns
 * |i| ≤ w_j, stored compactly row after row, so a table costs only the region it must cover (a transmit cone:
 * ±7.5 mm at the face, ±1.9 mm at the focus). Rows below {@code firstRow} are not filled. The lattice points do not
 * depend on the extent, so a table built for a wider region holds exactly the values a narrower one would.
 * Immutable.
 */
final class LineFrameGrid {

    final double du;
    final double dz;
    final int coarseFrom;
    final int firstRow;
    final int rows;
    private final int[] width;
    private final int[] start;
    private final int size;

    /**
     * @param coarseFrom the row from which rows are 2·dz apart (at depth coarseFrom·dz)
     * @param limit      per row j, the largest |u| [m] a lookup in the cell between rows j and j + 1 may ask for
     *                   (rows get one column beyond it, so that the cell's four corners exist)
     */
    LineFrameGrid(double du, double dz, int coarseFrom, int firstRow, double[] limit) {
        this.du = du;
        this.dz = dz;
        this.coarseFrom = coarseFrom;
        this.firstRow = firstRow;
        this.rows = limit.length;
        width = new int[rows];
        for (int j = 0; j < rows; j++) {
            width[j] = j < firstRow ? -1 : (int) Math.ceil(limit[j] / du) + 1;
        }
        start = new int[rows];
        size = layout(width, start);
    }

    private LineFrameGrid(LineFrameGrid a, LineFrameGrid b) {
        du = a.du;
        dz = a.dz;
        coarseFrom = a.coarseFrom;
        firstRow = Math.min(a.firstRow, b.firstRow);
        rows = Math.max(a.rows, b.rows);
        width = new int[rows];
        for (int j = 0; j < rows; j++) {
            width[j] = Math.max(j < a.rows ? a.width[j] : -1, j < b.rows ? b.width[j] : -1);
        }
        start = new int[rows];
        size = layout(width, start);
    }

    /** Row starts of a compact layout; returns the number of entries. */
    private static int layout(int[] width, int[] start) {
        int n = 0;
        for (int j = 0; j < width.length; j++) {
            start[j] = n;
            n += Math.max(0, 2 * width[j] + 1);
        }
        return n;
    }

    /** This region without its rows above {@code row} (none filled before it). */
    LineFrameGrid from(int row) {
        return new LineFrameGrid(this, Math.max(firstRow, row));
    }

    private LineFrameGrid(LineFrameGrid a, int firstRow) {
        du = a.du;
        dz = a.dz;
        coarseFrom = a.coarseFrom;
        this.firstRow = firstRow;
        rows = a.rows;
        width = new int[rows];
        for (int j = 0; j < rows; j++) {
            width[j] = j < firstRow ? -1 : a.width[j];
        }
        start = new int[rows];
        size = layout(width, start);
    }

    /** The smallest grid holding both (same lattice). */
    static LineFrameGrid union(LineFrameGrid a, LineFrameGrid b) {
        return new LineFrameGrid(a, b);
    }

    /** Whether every entry of {@code other} (same lattice) is an entry of this grid. */
    boolean covers(LineFrameGrid other) {
        if (other.du != du || other.dz != dz || other.coarseFrom != coarseFrom || other.rows > rows) {
            return false;
        }
        for (int j = 0; j < other.rows; j++) {
            if (other.width[j] > width[j]) {
                return false;
            }
        }
        return true;
    }

    /** Number of entries. */
    int size() {
        return size;
    }

    /** Columns of row j run over −width … width (−1: the row is empty). */
    int width(int j) {
        return width[j];
    }

    /** Flat index of entry (i, j); |i| ≤ width(j). */
    int index(int i, int j) {
        return start[j] + width[j] + i;
    }

    /** Lateral offset u_i [m]. */
    double u(int i) {
        return i * du;
    }

    /** Depth of row j [m]. */
    double z(int j) {
        return depth(j, dz, coarseFrom);
    }

    /** Depth [m] of row j of a lattice of step dz, doubled from row coarseFrom on. */
    static double depth(int j, double dz, int coarseFrom) {
        return j <= coarseFrom ? j * dz : (coarseFrom + 2.0 * (j - coarseFrom)) * dz;
    }

    /** The fractional row of depth z ≥ 0: rows j and j + 1 around it and the weight of row j + 1. */
    double row(double z) {
        double fine = z / dz;
        return fine <= coarseFrom ? fine : coarseFrom + 0.5 * (fine - coarseFrom);
    }

    /** The number of rows reaching depth z [m] (the last at or below it). */
    static int rowsTo(double z, double dz, int coarseFrom) {
        double fine = z / dz;
        return (int) Math.ceil(fine <= coarseFrom ? fine : coarseFrom + 0.5 * (fine - coarseFrom)) + 1;
    }

    /** Per row j, the flat index of column 0 (index(i, j) = rowBase[j] + i). */
    int[] rowBases() {
        int[] base = new int[rows];
        for (int j = 0; j < rows; j++) {
            base[j] = start[j] + width[j];
        }
        return base;
    }

    /**
     * Per row j, the columns a lookup between rows j and j + 1 may use: a cell (i, i + 1) lies in both rows when
     * −w ≤ i &lt; w, w = min(width(j), width(j + 1)) (−1 for the last row and the rows not filled).
     */
    int[] cellWidths() {
        int[] w = new int[rows];
        for (int j = 0; j < rows; j++) {
            w[j] = j + 1 < rows && j >= firstRow ? Math.min(width[j], width[j + 1]) : -1;
        }
        return w;
    }
}
