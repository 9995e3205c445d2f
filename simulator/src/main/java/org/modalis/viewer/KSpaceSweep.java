package org.modalis.viewer;

import org.modalis.mri.KSpace;

/**
 * The k-space as the scanner fills it. {@code MrAcquisition} acquires the phase-encoding lines in linear
 * order from {@code MrProtocol.firstPhaseLine()} (line p at time p·NEX·TR; with partial Fourier the lines
 * before the first stay zero), so after n lines rows first … first+n−1 are measured and the rest are not.
 * The display shows log₁₀|S| because the k-space magnitude spans many decades from the centre (the mean
 * signal) to the edges (fine detail and noise).
 */
public final class KSpaceSweep {

    /** Decades shown below the largest magnitude: deeper values (and zeros) are black. */
    static final double DECADES = 6;

    private KSpaceSweep() {
    }

    /** log₁₀|S| of every sample (rows × columns), floored at {@link #DECADES} below the maximum. */
    public static float[] logMagnitude(KSpace k) {
        float[] d = k.data();
        float[] out = new float[d.length / 2];
        double max = 0;
        for (int i = 0; i < out.length; i++) {
            double re = d[2 * i], im = d[2 * i + 1];
            max = Math.max(max, Math.sqrt(re * re + im * im));
        }
        double floor = (max > 0 ? Math.log10(max) : 0) - DECADES;
        for (int i = 0; i < out.length; i++) {
            double re = d[2 * i], im = d[2 * i + 1];
            double m = Math.sqrt(re * re + im * im);
            out[i] = (float) (m > 0 ? Math.max(floor, Math.log10(m)) : floor);
        }
        return out;
    }

    /**
     * Copies the rows of {@code values} (rows × columns) measured after {@code lines} acquired lines, starting
     * at row {@code first}, into {@code out}; every other row takes {@code unmeasured}.
     */
    public static void upTo(float[] values, int columns, int first, int lines, float unmeasured, float[] out) {
        int rows = values.length / columns;
        check(rows, first, lines);
        if (out.length != values.length) {
            throw new IllegalArgumentException("output must hold " + values.length + " values, got " + out.length);
        }
        java.util.Arrays.fill(out, unmeasured);
        System.arraycopy(values, first * columns, out, first * columns, lines * columns);
    }

    /** The k-space after {@code lines} acquired lines from row {@code first}: the other rows are zero. */
    public static KSpace partial(KSpace k, int first, int lines) {
        check(k.phaseLines(), first, lines);
        float[] d = new float[k.data().length];
        int from = k.offset(first, 0);
        System.arraycopy(k.data(), from, d, from, 2 * lines * k.readSamples());
        return new KSpace(k.phaseLines(), k.readSamples(), k.dkPhase(), k.dkRead(), d);
    }

    private static void check(int rows, int first, int lines) {
        if (first < 0 || lines < 0 || first + lines > rows) {
            throw new IllegalArgumentException("lines acquired must lie in [0, " + (rows - Math.max(0, first))
                    + "] from row " + first + ", got " + lines);
        }
    }
}
