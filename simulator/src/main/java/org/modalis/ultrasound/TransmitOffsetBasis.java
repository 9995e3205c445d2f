package org.modalis.ultrasound;

import java.util.Arrays;

/**
 * A few shared tables from which every line of a frame whose lines sit at their own offsets δ from the element grid
 * gets its transmit table with K + 1 multiply-adds per entry instead of N (N its active elements, 30–60).
 *
 * <p>Line l's table sums, over its elements a at d_a = a·p + δ_l, V_a(δ)·E(u − d_a, z), with the focusing weight
 * V_a(δ) = exp(i·k_a·√((a·p + δ)² + F²)) ({@link LineTransmitTables}). In the element frame v = u − δ the element
 * waves E(v − a·p) do not depend on the line at all: only V_a does, and smoothly — across a pitch its phase turns
 * by k_a·p·sinθ_a, at most 1.5 rad for an F/2 aperture at one wavelength's pitch. So V_a is replaced by its
 * Chebyshev interpolant of degree K over the frame's range of offsets,
 * <pre>  V_a(δ) ≈ Σ_k c_{a,k}·T_k(t),   t = (δ − δ_mid)/δ_half,</pre>
 * and the sum becomes Σ_k T_k(t_l)·B_k(v), B_k(v) = Σ_a c_{a,k}·E(v − a·p): K + 1 tables built once per frame
 * over a core of elements. A line then adds the terms it differs from the core by (the elements that enter or
 * leave the rectangular aperture as δ moves, a clipped aperture at the array's ends, faulty elements) with their
 * exact weights. K is the smallest degree whose interpolant reproduces every core weight at every line's own δ to
 * {@value #TOLERANCE} (Chebyshev interpolation of e^{iφ} with |Δφ| ≤ 0.75 on the half-range converges as
 * 0.75^{K+1}/((K+1)!·2^K): K = 5 gives 8·10⁻⁶), so a table differs from the direct sum by at most that fraction
 * of the on-axis field — two orders below the tables' interpolation error. Immutable once built.
 */
final class TransmitOffsetBasis {

    /** Largest error |V_a(δ_l) − Σ_k c_{a,k}·T_k(t_l)| allowed on a unit weight. */
    static final double TOLERANCE = 1e-5;
    /** Highest degree tried; a frame that needs more sums its lines directly. */
    static final int MAX_DEGREE = 12;

    private final int[] core;
    private final double middle;
    private final double half;
    private final int degree;
    private final int minShift;
    private final int maxShift;
    /** [k][row][v − lo_j], lo_j = −w_j − maxShift. */
    private final float[][][] re;
    private final float[][][] im;

    private TransmitOffsetBasis(int[] core, double middle, double half, int degree, int minShift, int maxShift,
                                float[][][] re, float[][][] im) {
        this.core = core;
        this.middle = middle;
        this.half = half;
        this.degree = degree;
        this.minShift = minShift;
        this.maxShift = maxShift;
        this.re = re;
        this.im = im;
    }

    /**
     * The basis over {@code core} (relative element indices, sorted) for lines at {@code offsets} (δ ∈ [0, p) each),
     * or null where no degree up to {@link #MAX_DEGREE} reaches {@link #TOLERANCE}.
     */
    static TransmitOffsetBasis of(LineTransmitTables tx, int[] core, double[] offsets) {
        Fit fit = fit(tx, core, offsets);
        return fit == null ? null : fit.build();
    }

    /**
     * The interpolants of the smallest degree that reaches {@link #TOLERANCE} at every line's offset, not yet built
     * into tables (a caller weighs {@link Fit#terms} first); null if none up to {@link #MAX_DEGREE} does.
     */
    static Fit fit(LineTransmitTables tx, int[] core, double[] offsets) {
        double lo = Arrays.stream(offsets).min().orElseThrow(), hi = Arrays.stream(offsets).max().orElseThrow();
        double middle = 0.5 * (lo + hi), half = Math.max(0.5 * (hi - lo), 1e-15);
        for (int degree = 0; degree <= MAX_DEGREE; degree++) {
            double[][] cr = new double[core.length][degree + 1], ci = new double[core.length][degree + 1];
            interpolate(tx, core, middle, half, degree, cr, ci);
            if (maxError(tx, core, middle, half, offsets, cr, ci) <= TOLERANCE) {
                return new Fit(tx, core.clone(), middle, half, degree, offsets.clone(), cr, ci);
            }
        }
        return null;
    }

    /** Chebyshev coefficients c_{a,k} of every core weight over the frame's offsets. */
    record Fit(LineTransmitTables tx, int[] core, double middle, double half, int degree, double[] offsets,
               double[][] cr, double[][] ci) {

        /** K + 1: the tables the basis will hold. */
        int terms() {
            return degree + 1;
        }

        TransmitOffsetBasis build() {
            return TransmitOffsetBasis.build(tx, core, middle, half, degree, offsets, cr, ci);
        }
    }

    /** K + 1: the number of tables, and of multiply-adds per entry a line needs from them. */
    int terms() {
        return degree + 1;
    }

    int coreSize() {
        return core.length;
    }

    int[] core() {
        return core.clone();
    }

    /** T_0 … T_K at a line's offset δ into {@code out}. */
    void chebyshev(double offset, double[] out) {
        chebyshev((offset - middle) / half, degree, out);
    }

    /**
     * Adds Σ_k t_k·B_k over row j's columns −w … w of a line whose lattice is shifted by s whole steps (δ = s·du + ε)
     * into {@code sumRe/sumIm}[0 … 2w], through the caller's {@code window}.
     */
    void addRow(int j, int w, int shift, double[] t, float[] sumRe, float[] sumIm, RowWindow window) {
        int from = maxShift - shift, n = 2 * w + 1;
        for (int k = 0; k <= degree; k++) {
            window.copy(re[k][j], im[k][j], from, n).addTo((float) t[k], sumRe, sumIm, n);
        }
    }

    /** Whether a line whose lattice is shifted by s whole steps reads inside the basis. */
    boolean covers(int shift) {
        return shift >= minShift && shift <= maxShift;
    }

    /** c_{a,k} by interpolation at the K + 1 Chebyshev nodes (the discrete cosine transform of the node values). */
    private static void interpolate(LineTransmitTables tx, int[] core, double middle, double half, int degree, double[][] cr,
                            double[][] ci) {
        int nodes = degree + 1;
        double[] t = new double[nodes];
        for (int a = 0; a < core.length; a++) {
            for (int n = 0; n < nodes; n++) {
                double node = Math.cos(Math.PI * (n + 0.5) / nodes);
                double phase = tx.focusingPhase(core[a], middle + half * node);
                chebyshev(node, degree, t);
                for (int k = 0; k <= degree; k++) {
                    double scale = (k == 0 ? 1.0 : 2.0) / nodes;
                    cr[a][k] += scale * Math.cos(phase) * t[k];
                    ci[a][k] += scale * Math.sin(phase) * t[k];
                }
            }
        }
    }

    /** The largest error of the interpolants at the lines' own offsets: exactly the points the tables are read at. */
    private static double maxError(LineTransmitTables tx, int[] core, double middle, double half, double[] offsets,
                                   double[][] cr, double[][] ci) {
        int degree = cr.length == 0 ? 0 : cr[0].length - 1;
        double[] t = new double[degree + 1];
        double worst = 0;
        for (double offset : offsets) {
            chebyshev((offset - middle) / half, degree, t);
            for (int a = 0; a < core.length; a++) {
                double phase = tx.focusingPhase(core[a], offset), r = 0, i = 0;
                for (int k = 0; k <= degree; k++) {
                    r += cr[a][k] * t[k];
                    i += ci[a][k] * t[k];
                }
                worst = Math.max(worst, Math.hypot(r - Math.cos(phase), i - Math.sin(phase)));
            }
        }
        return worst;
    }

    /** B_k(v) = Σ_a c_{a,k}·E(v − a·p) over the columns every line's shift reaches, row by row in parallel. */
    private static TransmitOffsetBasis build(LineTransmitTables tx, int[] core, double middle, double half, int degree,
                                             double[] offsets, double[][] cr, double[][] ci) {
        LineFrameGrid grid = tx.grid;
        int minShift = Integer.MAX_VALUE, maxShift = Integer.MIN_VALUE;
        for (double offset : offsets) {
            int s = tx.wholeSteps(offset);
            minShift = Math.min(minShift, s);
            maxShift = Math.max(maxShift, s);
        }
        float[][][] re = new float[degree + 1][grid.rows][], im = new float[degree + 1][grid.rows][];
        int lowShift = minShift, highShift = maxShift, perPitch = tx.perPitch();
        ElementWaves waves = tx.waves();
        OneAtATime.forEach(grid.firstRow, grid.rows, j -> {
            int w = grid.width(j), length = 2 * w + 1 + highShift - lowShift, lo = -w - highShift;
            float[] er = waves.re(j), ei = waves.im(j);
            for (int k = 0; k <= degree; k++) {
                re[k][j] = new float[length];
                im[k][j] = new float[length];
            }
            // Element by element (each window copied once), every term's sum in element order as before: the same bytes.
            RowWindow window = new RowWindow();
            for (int a = 0; a < core.length; a++) {
                window.copy(er, ei, lo - core[a] * perPitch - waves.first(j), length);
                for (int k = 0; k <= degree; k++) {
                    window.addTo((float) cr[a][k], (float) ci[a][k], re[k][j], im[k][j], length);
                }
            }
        });
        return new TransmitOffsetBasis(core.clone(), middle, half, degree, minShift, maxShift, re, im);
    }

    /** T_0(t) … T_K(t) by the three-term recurrence. */
    private static void chebyshev(double t, int degree, double[] out) {
        out[0] = 1;
        if (degree >= 1) {
            out[1] = t;
        }
        for (int k = 2; k <= degree; k++) {
            out[k] = 2 * t * out[k - 1] - out[k - 2];
        }
    }
}
