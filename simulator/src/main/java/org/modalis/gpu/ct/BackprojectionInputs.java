package org.modalis.gpu.ct;

import org.modalis.ct.CtGeometry;
import org.modalis.ct.recon.ArcPositionTable;
import org.modalis.ct.recon.FixedPosition;
import org.modalis.ct.recon.ViewTables;
import org.modalis.image.Grid;

/**
 * The precomputed inputs of {@link GlBackprojector} in the layout its kernels read, taken from the very
 * {@link ViewTables} (and {@link ArcPositionTable}) the CPU twin uses, so both twins see identical numbers
 * by construction: cos/sin per view interleaved, the padded view rows pre-multiplied by |Δβ|, the map from
 * detector coordinate to padded sample position (p = u/Δ + shift), the grid's first pixel centre, for an
 * arc detector the tabulated atan, and for parallel beam the fixed-point row starts and steps
 * ({@link FixedPosition}) the CPU twin steps through.
 */
record BackprojectionInputs(ViewTables tables, float[] cosSin, float[] arcPositions, float arcXMin, float arcInvStep,
                            int[] parallelStarts, int[] parallelSteps) {

    /** Zeros on each side of a view row. */
    static final int PAD = ViewTables.PAD;
    /** Intervals of the tabulated atan. */
    static final int ARC_INTERVALS = ArcPositionTable.INTERVALS;

    static BackprojectionInputs of(CtGeometry g, Grid grid) {
        ViewTables t = ViewTables.of(g, grid);
        float[] cs = new float[2 * g.views()];
        for (int v = 0; v < g.views(); v++) {
            cs[2 * v] = t.cos()[v];
            cs[2 * v + 1] = t.sin()[v];
        }
        ArcPositionTable arc = t.arcPositions();
        int[] starts = new int[0];
        int[] steps = new int[0];
        if (!t.fan()) {
            // The CPU twin's 32.32 fixed-point row starts and steps, split into (low, high) 32-bit words.
            starts = new int[2 * g.views() * grid.ny()];
            steps = new int[2 * g.views()];
            for (int v = 0; v < g.views(); v++) {
                putLong(steps, v, FixedPosition.step(t.parallelStep(v)));
                for (int j = 0; j < grid.ny(); j++) {
                    putLong(starts, v * grid.ny() + j, FixedPosition.start(t.parallelBase(v, j)));
                }
            }
        }
        return new BackprojectionInputs(t, cs, arc != null ? arc.positions() : new float[0],
                arc != null ? arc.xMin() : 0f, arc != null ? arc.invStep() : 0f, starts, steps);
    }

    private static void putLong(int[] words, int index, long value) {
        words[2 * index] = (int) value;
        words[2 * index + 1] = (int) (value >>> 32);
    }

    float invSpacing() { return tables.invSpacing(); }
    float shift() { return tables.shift(); }
    float scale() { return tables.scale(); }
    int stride() { return tables.stride(); }
    float x0() { return tables.x0(); }
    float y0() { return tables.y0(); }
    float dx() { return tables.dx(); }
    float dy() { return tables.dy(); }
    boolean fan() { return tables.fan(); }
    boolean arc() { return tables.arc(); }
    float sourceIso() { return tables.sourceIso(); }
    float sourceDetector() { return tables.sourceDetector(); }
    float maxPosition() { return tables.maxPosition(); }

    /** View rows padded with PAD zeros on each side and multiplied by |Δβ|. */
    float[] paddedRows(float[] sinogram, int views, int bins) {
        return tables.paddedRows(sinogram, views, bins);
    }
}
