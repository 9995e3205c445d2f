package org.modalis.io;

/**
 * Which image row goes to the top of a picture. Modalis images have y increasing with row index j
 * (pixel centre y = (j + 0.5 − ny/2)·dy, {@code docs/conventions.md}); a display, like a PNG, counts rows
 * from the top.
 */
public enum PngRowOrder {
    /**
     * Radiological display: the largest y (anterior for an axial slice) at the top, so PNG row r shows
     * image row j = ny − 1 − r. The default for everything a person looks at.
     */
    LARGEST_Y_AT_TOP,
    /** Array order: PNG row r shows image row j = r, as {@code np.load} of the matching NPY would print. */
    ROW_ZERO_AT_TOP;

    /** Image row j shown in picture row {@code r} of a picture {@code ny} rows tall. */
    public int imageRow(int r, int ny) {
        return this == LARGEST_Y_AT_TOP ? ny - 1 - r : r;
    }
}
