package org.modalis.ultrasound;

/**
 * Each line's own transmit table, for lines that do not share one (lines at different offsets from the element
 * grid, e.g. 64 lines over 19 mm of a 0.3 mm-pitch array): U = ref·Σ_m g_m·V_m·E(u − d_m, z) for the line's
 * active elements at d_m = m·p + δ_l (the field times their count N; {@link TransmitFieldTables} for the terms).
 * The table's lattice is shifted by ε = δ_l mod du, u_i = i·du + ε, so that every offset u_i − d_m falls on the
 * lattice of the shared element wave ({@link ElementWaves}, offset 0): a line costs N complex multiply-adds and
 * one phasor per entry — or, through the frame's {@link TransmitOffsetBasis}, K + 1 real multiply-adds plus those
 * of the few elements it differs from the basis' core by. Filled into a caller's buffer while the frame runs (not
 * kept).
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
        fill(lineOffset, elements, gains, null, out);
    }

    /**
     * The same table through {@code basis} (null: summed over the elements directly): Σ_k T_k(t)·B_k plus the
     * terms by which the line's elements and sensitivities differ from the basis' core, each with its exact weight.
     */
    void fill(double lineOffset, int[] elements, double[] gains, TransmitOffsetBasis basis, float[] out) {
        int s = wholeSteps(lineOffset);
        double eps = lineOffset - s * grid.du, focalPhase = kScanner * focus;
        Terms terms = basis == null ? Terms.all(this, lineOffset, elements, gains)
                : Terms.beside(this, basis.core(), lineOffset, elements, gains);
        double[] t = null;
        if (basis != null) {
            if (!basis.covers(s)) {
                throw new IllegalArgumentException("line offset " + lineOffset + " outside the basis");
            }
            t = new double[basis.terms()];
            basis.chebyshev(lineOffset, t);
        }
        // The row sums and the window sized once, for the widest row (a line's fill ran through a dozen growths).
        int widest = 1;
        for (int j = grid.firstRow; j < grid.rows; j++) {
            widest = Math.max(widest, 2 * grid.width(j) + 1);
        }
        float[] sumRe = new float[widest], sumIm = new float[widest];
        RowWindow window = new RowWindow(widest);
        for (int j = grid.firstRow; j < grid.rows; j++) {
            int w = grid.width(j);
            java.util.Arrays.fill(sumRe, 0, 2 * w + 1, 0f);
            java.util.Arrays.fill(sumIm, 0, 2 * w + 1, 0f);
            if (basis != null) {
                basis.addRow(j, w, s, t, sumRe, sumIm, window);
            }
            float[] er = waves.re(j), ei = waves.im(j);
            int n = 2 * w + 1;
            for (int a = 0; a < terms.elements.length; a++) {
                int from = -w - terms.elements[a] * perPitch - s - waves.first(j);
                window.copy(er, ei, from, n).addTo(terms.re[a], terms.im[a], sumRe, sumIm, n);
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

    /** The focusing phase k_a·|F − e_a| of relative element a of a line at offset δ (e_a − O = a·p + δ). */
    double focusingPhase(int element, double lineOffset) {
        return kScanner * Math.hypot(element * pitch + lineOffset, focus);
    }

    /** s = ⌊δ/du⌋: the whole lattice steps in a line's offset. */
    int wholeSteps(double lineOffset) {
        return (int) Math.floor(lineOffset / grid.du);
    }

    int perPitch() {
        return perPitch;
    }

    ElementWaves waves() {
        return waves;
    }

    /**
     * The element terms a table sums from the element wave: relative element indices and their complex weights
     * g·V(δ) (float, as the table).
     */
    record Terms(int[] elements, float[] re, float[] im) {

        /** Every element of the line with its sensitivity. */
        static Terms all(LineTransmitTables tx, double lineOffset, int[] elements, double[] gains) {
            Terms t = new Terms(elements.clone(), new float[elements.length], new float[elements.length]);
            for (int a = 0; a < elements.length; a++) {
                double phase = tx.focusingPhase(elements[a], lineOffset);
                t.re[a] = (float) (gains[a] * Math.cos(phase));
                t.im[a] = (float) (gains[a] * Math.sin(phase));
            }
            return t;
        }

        /**
         * What the line adds to the basis (whose core holds every core element at sensitivity 1): (g − 1)·V for a core
         * element of the line, g·V for one outside the core, −V for a core element the line lacks; zero terms dropped.
         */
        static Terms beside(LineTransmitTables tx, int[] core, double lineOffset, int[] elements, double[] gains) {
            int[] index = new int[elements.length + core.length];
            double[] gain = new double[index.length];
            int n = differences(core, elements, gains, index, gain);
            return all(tx, lineOffset, java.util.Arrays.copyOf(index, n), java.util.Arrays.copyOf(gain, n));
        }

        /** How many terms {@link #beside} gives a line. */
        static int count(int[] core, int[] elements, double[] gains) {
            return differences(core, elements, gains, new int[elements.length + core.length],
                    new double[elements.length + core.length]);
        }

        /** The elements (into index) and gains a line differs from the core (sorted) by; returns their number. */
        private static int differences(int[] core, int[] elements, double[] gains, int[] index, double[] gain) {
            int n = 0;
            for (int a = 0; a < elements.length; a++) {
                double g = gains[a] - (java.util.Arrays.binarySearch(core, elements[a]) >= 0 ? 1 : 0);
                if (g != 0) {
                    index[n] = elements[a];
                    gain[n++] = g;
                }
            }
            int[] sorted = elements.clone();
            java.util.Arrays.sort(sorted);
            for (int c : core) {
                if (java.util.Arrays.binarySearch(sorted, c) < 0) {
                    index[n] = c;
                    gain[n++] = -1;
                }
            }
            return n;
        }
    }
}
