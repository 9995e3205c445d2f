package org.modalis.ultrasound;

/**
 * The transmit field ({@link TransmitBeam}) of a linear array's lines tabulated in the line frame, for lines that
 * sit at the same offset δ₀ from the element grid (element m of the line's aperture at d_m = m·p + δ₀): the
 * complete healthy aperture's sum U = ref·Σ_m V_m·E(u − d_m, z) (the field times its element count N) with
 * <ul>
 *   <li>E(x, z) = D(x/ρ)·√(r_ref/ρ)·e^{−ikρ}, ρ = √(x² + z²): one element's wave, the same for every element
 *   (translation invariance). On a lateral step du = p/M the offsets u_i − d_m fall on the same lattice, so E is
 *   evaluated once per (row, lattice point) and the sum over the elements is a sparse correlation: N complex
 *   multiply-adds per entry instead of N square roots, directivities and phasors;</li>
 *   <li>V_m = e^{+ik_a|F − e_m|} the focusing delay (k_a with the scanner's speed), ref = e^{i(k|s − O| − k_a F)}
 *   the rotation to the line origin's wave (which keeps the tabulated field smooth).</li>
 * </ul>
 * A line with fewer or weaker elements (an aperture clipped by the array's end, a faulty element) is the complete
 * sum less the terms it lacks, (g_full − g_line)·V_m·E per element ({@link #subtract}), over its count N_line.
 * Filled in parallel, each entry on its own (independent of the thread count); read-only afterwards.
 */
final class TransmitFieldTables {

    final LineFrameGrid grid;
    /** The complete aperture: elements m ∈ [mMin, mMax]. */
    final int mMin;
    final int mMax;
    private final int perPitch;
    private final ElementWaves waves;
    private final double[] focusRe;
    private final double[] focusIm;
    private final float[] refRe;
    private final float[] refIm;
    /** U of the complete healthy aperture (N_full × the field), (re, im) interleaved per entry. */
    final float[] full;

    /**
     * @param offset   δ₀ [m]: the element grid's offset from the lines (the waves' lattice offset)
     * @param perPitch M: du = pitch/M
     * @param waves    the element wave on a lattice covering {@code grid}, offset δ₀
     */
    TransmitFieldTables(Transducer probe, UltrasoundProtocol protocol, double offset, int perPitch, LineFrameGrid grid,
                        ElementWaves waves, PhasorTable phasors) {
        this.grid = grid;
        this.perPitch = perPitch;
        this.waves = waves;
        double p = probe.pitch(), focus = protocol.transmitFocus();
        double half = TransmitBeam.halfAperture(probe, protocol);
        mMin = (int) Math.ceil((-half - 1e-12 - offset) / p);
        mMax = (int) Math.floor((half + 1e-12 - offset) / p);
        double kScanner = 2 * Math.PI / probe.wavelength(protocol.assumedSpeed());
        double k = 2 * Math.PI / probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        focusRe = new double[mMax - mMin + 1];
        focusIm = new double[focusRe.length];
        for (int m = mMin; m <= mMax; m++) {
            double phase = kScanner * Math.hypot(m * p + offset, focus);
            focusRe[m - mMin] = Math.cos(phase);
            focusIm[m - mMin] = Math.sin(phase);
        }
        refRe = new float[grid.size()];
        refIm = new float[grid.size()];
        full = new float[2 * grid.size()];
        double focalPhase = kScanner * focus;
        OneAtATime.forEach(grid.firstRow, grid.rows, j -> {
            for (int i = -grid.width(j); i <= grid.width(j); i++) {
                double u = grid.u(i), z = grid.z(j), phase = k * Math.sqrt(u * u + z * z) - focalPhase;
                refRe[grid.index(i, j)] = (float) phasors.cos(phase);
                refIm[grid.index(i, j)] = (float) phasors.sin(phase);
            }
            fillComplete(j);
        });
    }

    /** U of the complete aperture on row j: Σ_m V_m·E(u − d_m) summed in double, then rotated by ref. */
    private void fillComplete(int j) {
        int w = grid.width(j);
        double[] sumRe = new double[2 * w + 1], sumIm = new double[2 * w + 1];
        float[] er = waves.re(j), ei = waves.im(j);
        for (int m = mMin; m <= mMax; m++) {
            double vr = focusRe[m - mMin], vi = focusIm[m - mMin];
            int shift = -m * perPitch - waves.first(j);
            for (int i = -w; i <= w; i++) {
                int e = i + shift;
                sumRe[i + w] += vr * er[e] - vi * ei[e];
                sumIm[i + w] += vr * ei[e] + vi * er[e];
            }
        }
        for (int i = -w; i <= w; i++) {
            int idx = grid.index(i, j);
            full[2 * idx] = (float) (refRe[idx] * sumRe[i + w] - refIm[idx] * sumIm[i + w]);
            full[2 * idx + 1] = (float) (refRe[idx] * sumIm[i + w] + refIm[idx] * sumRe[i + w]);
        }
    }

    /**
     * Subtracts Δg·(element m's term) from the table u (laid out as {@link #full}) over every filled row: the table
     * of an aperture with element m's sensitivity lowered by Δg (Δg = 1: the element is missing).
     */
    void subtract(float[] u, int m, double deltaGain) {
        for (int j = grid.firstRow; j < grid.rows; j++) {
            double vr = -deltaGain * focusRe[m - mMin], vi = -deltaGain * focusIm[m - mMin];
            int w = grid.width(j);
            float[] er = waves.re(j), ei = waves.im(j);
            int shift = -m * perPitch - waves.first(j);
            for (int i = -w; i <= w; i++) {
                int idx = grid.index(i, j), e = i + shift;
                double tr = vr * er[e] - vi * ei[e], ti = vr * ei[e] + vi * er[e];
                u[2 * idx] += (float) (refRe[idx] * tr - refIm[idx] * ti);
                u[2 * idx + 1] += (float) (refRe[idx] * ti + refIm[idx] * tr);
            }
        }
    }
}
