package org.modalis.ultrasound;

/**
 * The lattice of a field tabulated in a line's own frame: lateral offsets u_i = i·du from the line (i may be
 * negative) and depths z_j = j·dz below the face. Row j holds the columns |i| ≤ w_j, stored compactly row after row,
 * so a table costs only the region it must cover (a transmit cone: ±7.5 mm at the face, ±1.9 mm at the focus).
 * Rows below {@code firstRow} are not filled. The lattice points do not depend on the extent, so a table built
 * for a wider region holds exactly the values a narrower one would. Immutable.
 */
final class LineFrameGrid {

    final double du;
    final double dz;
    final int firstRow;
    final int rows;
    private final int[] width;
    private final int[] start;
    private final int size;

    /**
     * @param limit per row j, the largest |u| [m] a lookup in the cell between rows j and j + 1 may ask for (rows
     *              get one column beyond it, so that the cell's four corners exist)
     */
    LineFrameGrid(double du, double dz, int firstRow, double[] limit) {
        this.du = du;
        this.dz = dz;
        this.firstRow = firstRow;
        this.rows = limit.length;
        width = new int[rows];
        start = new int[rows];
        int n = 0;
        for (int j = 0; j < rows; j++) {
            width[j] = j < firstRow ? -1 : (int) Math.ceil(limit[j] / du) + 1;
            start[j] = n;
            n += Math.max(0, 2 * width[j] + 1);
        }
        size = n;
    }

    private LineFrameGrid(LineFrameGrid a, LineFrameGrid b) {
        du = a.du;
        dz = a.dz;
        firstRow = Math.min(a.firstRow, b.firstRow);
        rows = Math.max(a.rows, b.rows);
        width = new int[rows];
        start = new int[rows];
        int n = 0;
        for (int j = 0; j < rows; j++) {
            width[j] = Math.max(j < a.rows ? a.width[j] : -1, j < b.rows ? b.width[j] : -1);
            start[j] = n;
            n += Math.max(0, 2 * width[j] + 1);
        }
        size = n;
    }

    /** The smallest grid holding both (same lattice). */
    static LineFrameGrid union(LineFrameGrid a, LineFrameGrid b) {
        return new LineFrameGrid(a, b);
    }

    /** Whether every entry of {@code other} (same lattice) is an entry of this grid. */
    boolean covers(LineFrameGrid other) {
        if (other.du != du || other.dz != dz || other.rows > rows) {
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

    /** Lateral offset u_i [m]. */
    double u(int i) {
        return i * du;
    }

    /** Depth z_j [m]. */
    double z(int j) {
        return j * dz;
    }

    /**
     * Whether a lookup at (u, z) finds all four corners of its cell in this grid: rows j, j + 1 around z filled and
     * columns i, i + 1 around u present in both.
     */
    boolean contains(double u, double z) {
        double fz = z / dz;
        int j = (int) fz;
        if (!(fz >= firstRow) || j + 1 >= rows) {
            return false;
        }
        int i = (int) Math.floor(u / du);
        int w = Math.min(width[j], width[j + 1]);
        return i >= -w && i + 1 <= w;
    }
}
