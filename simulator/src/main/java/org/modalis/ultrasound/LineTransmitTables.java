package org.modalis.ultrasound;

/**
 * Each line's own transmit table, for lines that do not share one (lines at different offsets from the element
 * grid, e.g. 64 lines over 19 mm of a 0.3 mm-pitch array): U = ref·Σ_m g_m·V_m·E(u − d_m, z) for the line's
 * active elements at d_m = m·p + δ_l (the field times their count N; {@link TransmitFieldTables} for the terms).
 * The table's lattice is shifted by ε = δ_l mod du, u_i = i·du + ε, so that every offset u_i − d_m falls on the
 * lattice of the shared element wave ({@link ElementWaves}, offset 0): a line costs N complex multiply-adds and
 * one phasor per entry. Filled into a caller's buffer while the frame runs (not kept).
 */
final class LineTransmitTables {

    final LineFrameGrid grid;
    private final ElementWaves waves;
    private final int perPitch;
    private final double pitch;
    private final double k;
    private final double kScanner;
    private final double focus;
    private final PhasorTable phasors;

    /** @param waves the element wave on a lattice of offset 0 covering {@code grid} */
    LineTransmitTables(Transducer probe, UltrasoundProtocol protocol, int perPitch, LineFrameGrid grid,
                       ElementWaves waves, PhasorTable phasors) {
        this.grid = grid;
        this.waves = waves;
        this.perPitch = perPitch;
        this.pitch = probe.pitch();
        this.k = 2 * Math.PI / probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        this.kScanner = 2 * Math.PI / probe.wavelength(protocol.assumedSpeed());
        this.focus = protocol.transmitFocus();
        this.phasors = phasors;
    }

    /** The lattice shift ε = δ mod du [m] of a line whose element grid is offset by δ ∈ [0, p). */
    double shift(double lineOffset) {
        return lineOffset - Math.floor(lineOffset / grid.du) * grid.du;
    }

    /**
     * Writes U (interleaved re, im; {@link LineFrameGrid} layout) of the elements m with sensitivities g at
     * d_m = m·p + δ into {@code out}, on the lattice shifted by {@link #shift}(δ).
     */
    void fill(double lineOffset, int[] elements, double[] gains, float[] out) {
        int s = (int) Math.floor(lineOffset / grid.du);
        double eps = lineOffset - s * grid.du, focalPhase = kScanner * focus;
        float[] vr = new float[elements.length], vi = new float[elements.length];
        for (int a = 0; a < elements.length; a++) {
            double phase = kScanner * Math.hypot(elements[a] * pitch + lineOffset, focus);
            vr[a] = (float) (gains[a] * Math.cos(phase));
            vi[a] = (float) (gains[a] * Math.sin(phase));
        }
        float[] sumRe = new float[0], sumIm = new float[0];
        for (int j = grid.firstRow; j < grid.rows; j++) {
            int w = grid.width(j);
            if (sumRe.length < 2 * w + 1) {
                sumRe = new float[2 * w + 1];
                sumIm = new float[2 * w + 1];
            }
            java.util.Arrays.fill(sumRe, 0, 2 * w + 1, 0f);
            java.util.Arrays.fill(sumIm, 0, 2 * w + 1, 0f);
            float[] er = waves.re(j), ei = waves.im(j);
            int n = 2 * w + 1;
            for (int a = 0; a < elements.length; a++) {
                int from = -w - elements[a] * perPitch - s - waves.first(j);
                accumulate(vr[a], vi[a], er, ei, from, sumRe, sumIm, n);
            }
            double z = grid.z(j);
            for (int i = -w; i <= w; i++) {
                double u = i * grid.du + eps;
                int p = PhasorTable.index(k * Math.sqrt(u * u + z * z) - focalPhase), idx = 2 * grid.index(i, j);
                double c = phasors.cosAt(p), sn = phasors.sinAt(p);
                out[idx] = (float) (c * sumRe[i + w] - sn * sumIm[i + w]);
                out[idx + 1] = (float) (c * sumIm[i + w] + sn * sumRe[i + w]);
            }
        }
    }

    /**
     * sum[i] += v·E[from + i] for i &lt; n (complex): float arithmetic over contiguous arrays, which the JIT
     * vectorises (8 lanes with AVX2); the table it feeds is float.
     */
    private static void accumulate(float vr, float vi, float[] er, float[] ei, int from, float[] sumRe, float[] sumIm,
                                   int n) {
        for (int i = 0; i < n; i++) {
            float r = er[from + i], m = ei[from + i];
            sumRe[i] += vr * r - vi * m;
            sumIm[i] += vr * m + vi * r;
        }
    }
}
