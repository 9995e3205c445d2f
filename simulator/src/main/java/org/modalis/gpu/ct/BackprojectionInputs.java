package org.modalis.gpu.ct;

import org.modalis.ct.CtGeometry;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.image.Grid;

/**
 * The precomputed inputs of {@link GlBackprojector}, built in Java exactly as the CPU twin builds its own
 * ({@code ct.recon.ViewTables}, {@code ct.recon.ArcPositionTable}, {@code CpuBackprojector.padded}): the
 * same double expressions rounded to float once, so both twins see identical numbers. Those CPU classes
 * are package-private in {@code ct.recon}, hence the mirror here; {@code GlBackprojectorTest} would catch
 * any drift, since a different position or weight table shows up at once in max|gpu − cpu|.
 *
 * <p>Sample position of detector coordinate u: p = u/Δ + shift, shift = −u(0)/Δ − ½ + PAD, so bin k's
 * centre sits at p = k + PAD in a view row padded with PAD zeros on each side and pre-multiplied by the
 * angular step |Δβ| (the backprojection integral's dβ).
 */
record BackprojectionInputs(float[] cosSin, float invSpacing, float shift, float scale, int stride,
                            float x0, float y0, float dx, float dy, boolean fan, boolean arc,
                            float sourceIso, float sourceDetector, float[] arcPositions, float arcXMin,
                            float arcInvStep) {

    /** Zeros on each side of a view row (ViewTables.PAD). */
    static final int PAD = 2;
    /** Intervals of the tabulated atan (ArcPositionTable.INTERVALS). */
    static final int ARC_INTERVALS = 16384;

    static BackprojectionInputs of(CtGeometry g, Grid grid) {
        if (!grid.is2d()) {
            throw new IllegalArgumentException("backprojection needs a 2-D grid (nz = 1), got nz = " + grid.nz());
        }
        float[] cs = new float[2 * g.views()];
        for (int v = 0; v < g.views(); v++) {
            double a = g.viewAngle(v);
            cs[2 * v] = (float) Math.cos(a);
            cs[2 * v + 1] = (float) Math.sin(a);
        }
        double spacing = g.binCoordinate(1) - g.binCoordinate(0);
        double shift = -g.binCoordinate(0) / spacing - 0.5 + PAD;
        boolean fan = g instanceof FanBeamGeometry;
        FanBeamGeometry f = fan ? (FanBeamGeometry) g : null;
        boolean arc = fan && f.shape() == DetectorShape.ARC;
        float[] table = new float[0];
        float xMin = 0f;
        float invStep = 0f;
        if (arc) {
            // ArcPositionTable: p(x = tanγ) = atan(x)/Δ + shift on |γ| ≤ half fan + 4 bins (≤ 1.55 rad).
            double edge = Math.min(f.halfFanAngle() + 4 * f.binSpacing(), 1.55);
            double tMax = Math.tan(edge);
            double step = 2 * tMax / ARC_INTERVALS;
            table = new float[ARC_INTERVALS + 2];
            for (int k = 0; k < table.length; k++) {
                table[k] = (float) (Math.atan(-tMax + k * step) * (1 / spacing) + shift);
            }
            xMin = (float) -tMax;
            invStep = (float) (1 / step);
        }
        return new BackprojectionInputs(cs, (float) (1 / spacing), (float) shift, (float) Math.abs(g.angularStep()),
                g.bins() + 2 * PAD, (float) grid.x(0), (float) grid.y(0), (float) grid.dx(), (float) grid.dy(),
                fan, arc, fan ? (float) f.sourceIsoM() : 0f, fan ? (float) f.sourceDetectorM() : 0f, table, xMin,
                invStep);
    }

    /** Largest allowed padded sample position: p and p + 1 stay inside the padded row. */
    float maxPosition() {
        return stride - 2;
    }

    /** View rows padded with PAD zeros on each side and multiplied by {@link #scale()}. */
    float[] paddedRows(float[] sinogram, int views, int bins) {
        float[] rows = new float[views * stride];
        for (int v = 0; v < views; v++) {
            for (int b = 0; b < bins; b++) {
                rows[v * stride + PAD + b] = sinogram[v * bins + b] * scale;
            }
        }
        return rows;
    }
}
