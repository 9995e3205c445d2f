package org.modalis.ct.recon;

import org.modalis.ct.CtGeometry;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.image.Grid;

/**
 * Per-view constants shared by {@link CpuBackprojector} and its transpose {@link PixelDrivenProjector}, so
 * both use the same discretization by construction (DESIGN.md, "CPU and GPU twins"): cos/sin of the
 * view angle, the map from detector coordinate to padded sample position, and the grid's first pixel
 * centre, and for an arc detector the tabulated atan ({@link ArcPositionTable}). Sample position p of detector coordinate u is p = u/Δ + shift, where shift = bins/2 − offset
 * − 0.5 + PAD places bin k's centre at p = k + PAD in a row padded with PAD zeros on each side.
 */
public record ViewTables(float[] cos, float[] sin, float invSpacing, float shift, float scale, int stride,
                  float x0, float y0, float dx, float dy, boolean fan, boolean arc, float sourceIso,
                  float sourceDetector, ArcPositionTable arcPositions) {

    /** Zeros on each side of a view row: a clamped position p ∈ [0, bins + 2] then reads zeros outside the detector. */
    public static final int PAD = 2;

    /** The tables of geometry {@code g} on {@code grid} (2-D). */
    public static ViewTables of(CtGeometry g, Grid grid) {
        if (!grid.is2d()) {
            throw new IllegalArgumentException("backprojection needs a 2-D grid (nz = 1), got nz = " + grid.nz());
        }
        int views = g.views();
        float[] c = new float[views];
        float[] s = new float[views];
        for (int v = 0; v < views; v++) {
            double a = g.viewAngle(v);
            c[v] = (float) Math.cos(a);
            s[v] = (float) Math.sin(a);
        }
        double spacing = g.binCoordinate(1) - g.binCoordinate(0);
        double shift = -g.binCoordinate(0) / spacing - 0.5 + PAD;
        boolean fan = g instanceof FanBeamGeometry;
        boolean arc = fan && ((FanBeamGeometry) g).shape() == DetectorShape.ARC;
        float d = fan ? (float) ((FanBeamGeometry) g).sourceIsoM() : 0f;
        float sdd = fan ? (float) ((FanBeamGeometry) g).sourceDetectorM() : 0f;
        ArcPositionTable table = arc ? new ArcPositionTable((FanBeamGeometry) g, 1 / spacing, shift) : null;
        return new ViewTables(c, s, (float) (1 / spacing), (float) shift, (float) Math.abs(g.angularStep()),
                g.bins() + 2 * PAD, (float) grid.x(0), (float) grid.y(0), (float) grid.dx(), (float) grid.dy(),
                fan, arc, d, sdd, table);
    }

    /**
     * View rows padded with {@link #PAD} zeros on each side and multiplied by {@link #scale()} (the angular
     * step dβ of the backprojection integral): what both twins read.
     */
    public float[] paddedRows(float[] sinogram, int views, int bins) {
        float[] rows = new float[views * stride];
        for (int v = 0; v < views; v++) {
            for (int b = 0; b < bins; b++) {
                rows[v * stride + PAD + b] = sinogram[v * bins + b] * scale;
            }
        }
        return rows;
    }

    /** Parallel beam: padded sample position of pixel column 0 of row j in view v (p = base + i·step). */
    public float parallelBase(int v, int j) {
        float y = y0 + j * dy;
        return (x0 * cos[v] + y * sin[v]) * invSpacing + shift;
    }

    /** Parallel beam: change of the sample position from one pixel column to the next in view v. */
    public float parallelStep(int v) {
        return dx * cos[v] * invSpacing;
    }

    /** Arc detectors: the padded position as an odd series in tanγ ({@link ArcPositionSeries}); null otherwise. */
    public ArcPositionSeries arcSeries() {
        return arc ? new ArcPositionSeries(invSpacing, shift) : null;
    }

    /** Largest allowed padded sample position: p and p + 1 stay inside the padded row. */
    public float maxPosition() {
        return stride - 2;
    }

    public static void checkSizes(float[] sinogram, CtGeometry g, Grid grid, float[] image) {
        if (sinogram.length != (long) g.views() * g.bins()) {
            throw new IllegalArgumentException("sinogram has " + sinogram.length + " values, geometry needs "
                    + g.views() + " × " + g.bins());
        }
        if (image.length != grid.size()) {
            throw new IllegalArgumentException("image has " + image.length + " values, grid needs " + grid.size());
        }
    }
}
