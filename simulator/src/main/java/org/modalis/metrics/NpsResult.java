package org.modalis.metrics;

/**
 * A 2-D noise power spectrum ({@link NoisePowerSpectrum}) in DFT order: element [v·n + u] is the frequency
 * (fu, fv) with fu = u/(n·dx) for u ≤ n/2 and (u − n)/(n·dx) above (likewise v along y), in [unit²·m²].
 *
 * @param nps    the spectrum, n·n values, DC first
 * @param n      block size [pixels]
 * @param dx     pixel width [m]
 * @param dy     pixel height [m]
 * @param blocks number of blocks averaged
 */
public record NpsResult(double[] nps, int n, double dx, double dy, int blocks) {

    public NpsResult {
        if (nps.length != n * n) {
            throw new IllegalArgumentException("NPS array has " + nps.length + " values, expected " + n * n);
        }
        nps = nps.clone();
    }

    @Override
    public double[] nps() {
        return nps.clone();
    }

    /** Signed frequency index of DFT bin k of n: k for k ≤ n/2, k − n above. */
    public static int signedIndex(int k, int n) {
        return k <= n / 2 ? k : k - n;
    }

    /** NPS at DFT bins (u, v). */
    public double at(int u, int v) {
        return nps[v * n + u];
    }

    /** ∫∫ NPS dfx dfy [unit²]: the mean variance of the blocks (Parseval). */
    public double integral() {
        double s = 0;
        for (double v : nps) {
            s += v;
        }
        return s / (n * dx * n * dy);
    }

    /**
     * Radial average: bin q (q = 1 … n/2) averages the bins whose radial frequency lies in
     * [(q − ½)·Δf, (q + ½)·Δf), Δf = 1/(n·dx); DC (q = 0) is left out, since the mean was removed. Square
     * pixels only.
     *
     */
    public Radial radialAverage() {
        if (Math.abs(dx - dy) > 1e-9 * dx) {
            throw new IllegalArgumentException("radial NPS needs square pixels, got " + dx + " × " + dy + " m");
        }
        int bins = n / 2;
        double[] sum = new double[bins + 1];
        double[] count = new double[bins + 1];
        for (int v = 0; v < n; v++) {
            for (int u = 0; u < n; u++) {
                int q = (int) Math.round(Math.hypot(signedIndex(u, n), signedIndex(v, n)));
                if (q >= 1 && q <= bins) {
                    sum[q] += nps[v * n + u];
                    count[q]++;
                }
            }
        }
        double[] f = new double[bins];
        double[] mean = new double[bins];
        int[] counts = new int[bins];
        for (int q = 1; q <= bins; q++) {
            f[q - 1] = q / (n * dx);
            mean[q - 1] = sum[q] / count[q];
            counts[q - 1] = (int) count[q];
        }
        return new Radial(f, mean, counts);
    }

    /**
     * A radially averaged NPS.
     *
     * @param frequencyPerM bin centres [cycles/m]
     * @param nps           mean NPS in each bin [unit²·m²]
     * @param binCounts     number of 2-D frequency bins averaged in each
     */
    public record Radial(double[] frequencyPerM, double[] nps, int[] binCounts) {
    }
}
