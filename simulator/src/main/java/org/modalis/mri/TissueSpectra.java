package org.modalis.mri;

import java.util.List;
import java.util.stream.IntStream;
import org.modalis.phantom.EllipseSection;
import org.modalis.phantom.JincTable;
import org.modalis.pipeline.Progress;

/**
 * The per-tissue slab spectra C_t(k) of a {@link SlabSpectrum} sampled on every point of a {@link KLattice}, as
 * complex floats: C_t(i, j) at {@code data()[t][2·(i·cols + j)]} (re) and {@code + 1} (im) [m²]. Contrast edits
 * (TR, TE, flip, TI) change only the tissue signals s_t, not these: a run re-weights Σ_t s_t·C_t instead of
 * re-evaluating the shapes ({@link MriSpectraMemo}).
 *
 * <p>How it is fast. Along a lattice row k = k0 + u·e an ellipse section (centre c, frame map k̃ = T·k) has
 * ‖k̃‖² = A + 2Bu + Cu², a quadratic in u, and the shift phase e^(−2πi k·c) = e^(−2πi k0·c)·e^(−2πi u e·c) advances by
 * one fixed phasor per sample: the inner loop has one square root, one read of {@link JincTable} and two complex
 * multiplications, no trigonometry and no Bessel function. The phasor recurrence is re-anchored by an exact
 * cos/sin every {@value #ANCHOR} samples, which keeps its rounding drift below 1e-14. Other sections (rectangles)
 * use their own {@code addFourier}. Rows run in parallel; each row is computed the same way whatever the
 * thread count, so the floats do not depend on it. A static real object has C(−k) = C(k)*: the mirrored half of
 * the lattice is copied, not evaluated.
 *
 * @param tissues number of tissues
 * @param rows    lattice rows
 * @param cols    lattice columns
 * @param data    per tissue, interleaved complex (row-major)
 */
public record TissueSpectra(int tissues, int rows, int cols, float[][] data) {

    /** Samples between exact re-anchorings of the phase recurrence. */
    static final int ANCHOR = 32;

    /** Largest |k| [cycles/m] on the lattice. */
    static double maxFrequency(KLattice l) {
        double max = 0;
        double reach = (l.cols() / 2) * l.du();
        for (int i = 0; i < l.rows(); i++) {
            max = Math.max(max, Math.hypot(l.k0x()[i], l.k0y()[i]) + reach * Math.hypot(l.ex()[i], l.ey()[i]));
        }
        return max;
    }

    /** Evaluates the slab spectrum on the lattice, telling {@code progress} each row evaluated. */
    public static TissueSpectra evaluate(SlabSpectrum slab, KLattice lattice, Progress progress) {
        int nt = slab.tissueCount(), rows = lattice.rows(), cols = lattice.cols();
        float[][] data = new float[nt][2 * rows * cols];
        List<SectionNode> nodes = slab.nodes();
        progress.start("acquire", rows);
        IntStream.range(0, rows).parallel().forEach(i -> {
            double[][] acc = new double[nt][2 * cols];
            double[] vr = new double[cols], vi = new double[cols];
            // Cartesian rows below the centre mirror rows above it, except column 0 (its partner is off the grid).
            boolean mirrored = lattice.mirrorRows() && i > 0 && i < rows / 2;
            int j1 = mirrored ? 1 : lattice.mirrorRows() ? cols : cols / 2 + 1;
            for (SectionNode n : nodes) {
                row(n, lattice, i, 0, j1, vr, vi);
                for (int m = 0; m < n.tissues().length; m++) {
                    double w = n.weights()[m];
                    double[] a = acc[n.tissues()[m]];
                    for (int j = 0; j < j1; j++) {
                        a[2 * j] += w * vr[j];
                        a[2 * j + 1] += w * vi[j];
                    }
                }
            }
            for (int t = 0; t < nt; t++) {
                store(acc[t], data[t], i * cols, j1, cols, lattice.mirrorRows());
            }
            progress.advance(1);
        });
        progress.finish();
        if (lattice.mirrorRows()) {
            mirrorRows(data, rows, cols);
        }
        return new TissueSpectra(nt, rows, cols, data);
    }

    /** Floats of one row; a radial spoke's samples past the centre are the conjugates of those before it. */
    private static void store(double[] acc, float[] out, int base, int j1, int cols, boolean mirrorRows) {
        for (int j = 0; j < j1; j++) {
            out[2 * (base + j)] = (float) acc[2 * j];
            out[2 * (base + j) + 1] = (float) acc[2 * j + 1];
        }
        if (!mirrorRows) {
            // u(cols − j) = −u(j): sample cols − j is the conjugate of sample j, for j = 1 … cols/2 − 1.
            for (int j = 1; j < cols / 2; j++) {
                out[2 * (base + cols - j)] = (float) acc[2 * j];
                out[2 * (base + cols - j) + 1] = (float) -acc[2 * j + 1];
            }
        }
    }

    /** C(i, j) = C(rows − i, cols − j)* for rows 1 … rows/2 − 1, columns 1 … cols − 1. */
    private static void mirrorRows(float[][] data, int rows, int cols) {
        for (float[] d : data) {
            for (int i = 1; i < rows / 2; i++) {
                for (int j = 1; j < cols; j++) {
                    int o = 2 * (i * cols + j), m = 2 * ((rows - i) * cols + cols - j);
                    d[o] = d[m];
                    d[o + 1] = -d[m + 1];
                }
            }
        }
    }

    /** F_section at columns j0 … j1 − 1 of row i into vr, vi. */
    private static void row(SectionNode n, KLattice l, int i, int j0, int j1, double[] vr, double[] vi) {
        if (n.section() instanceof EllipseSection e) {
            ellipseRow(e, l, i, j0, j1, vr, vi);
            return;
        }
        double[] out = new double[2];
        for (int j = j0; j < j1; j++) {
            out[0] = 0;
            out[1] = 0;
            double u = l.u(j);
            n.section().addFourier(l.k0x()[i] + u * l.ex()[i], l.k0y()[i] + u * l.ey()[i], 1, out);
            vr[j] = out[0];
            vi[j] = out[1];
        }
    }

    /** a·b·g(‖k̃‖)·e^(−2πi k·c) along the row, g from {@link JincTable}, the phase by recurrence. */
    private static void ellipseRow(EllipseSection e, KLattice l, int i, int j0, int j1, double[] vr, double[] vi) {
        double c = Math.cos(e.angle()), s = Math.sin(e.angle());
        double k0x = l.k0x()[i], k0y = l.k0y()[i], ex = l.ex()[i], ey = l.ey()[i];
        // k̃ = (a·(kx c + ky s), b·(−kx s + ky c)) for k0 and for the direction e.
        double p0 = e.a() * (k0x * c + k0y * s), q0 = e.b() * (-k0x * s + k0y * c);
        double p1 = e.a() * (ex * c + ey * s), q1 = e.b() * (-ex * s + ey * c);
        double qa = p0 * p0 + q0 * q0, qb = 2 * (p0 * p1 + q0 * q1), qc = p1 * p1 + q1 * q1;
        double ab = e.a() * e.b();
        double phase0 = -2 * Math.PI * (k0x * e.cx() + k0y * e.cy()), rate = -2 * Math.PI * (ex * e.cx() + ey * e.cy());
        double dr = Math.cos(rate * l.du()), di = Math.sin(rate * l.du());
        double du = l.du();
        for (int block = j0; block < j1; block += ANCHOR) {
            double u = l.u(block);
            double zr = Math.cos(phase0 + rate * u), zi = Math.sin(phase0 + rate * u);
            int end = Math.min(j1, block + ANCHOR);
            for (int j = block; j < end; j++, u += du) {
                double q = Math.sqrt(Math.max(0, qa + u * (qb + u * qc)));
                double m = ab * JincTable.value(q);
                vr[j] = m * zr;
                vi[j] = m * zi;
                double nr = zr * dr - zi * di;
                zi = zr * di + zi * dr;
                zr = nr;
            }
        }
    }

    /** Bytes held [B]. */
    public long bytes() {
        return 4L * tissues * 2 * rows * cols;
    }
}
