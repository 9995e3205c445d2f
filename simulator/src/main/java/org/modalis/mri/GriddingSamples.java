package org.modalis.mri;

/**
 * The non-Cartesian samples as a {@link Gridder} spreads them: each sample's position on the oversampled grid
 * in cells from k = 0 ({@code ux = kx/Δk_g}), and its value times its density weight and the half-pixel phase
 * ramp e^(iπ(kx + ky)·Δx) that puts pixel centres at (i + 0.5 − N/2)·Δx. Built once in Java, so every twin of
 * the spreading step reads the same numbers.
 *
 * @param ux positions along x [grid cells]
 * @param uy positions along y [grid cells]
 * @param re real part of the weighted, phase-ramped value
 * @param im imaginary part
 */
public record GriddingSamples(double[] ux, double[] uy, double[] re, double[] im) {

    public GriddingSamples {
        int n = ux.length;
        if (uy.length != n || re.length != n || im.length != n) {
            throw new IllegalArgumentException("positions and values must have one entry per sample");
        }
    }

    /**
     * @param kx      sample positions [cycles/m]
     * @param ky      sample positions [cycles/m]
     * @param data    interleaved (re, im) samples
     * @param weights density compensation [(cycles/m)²]
     * @param dkGrid  grid spacing [cycles/m]
     * @param dx      image pixel size [m]
     */
    public static GriddingSamples of(float[] kx, float[] ky, float[] data, float[] weights, double dkGrid, double dx) {
        int n = kx.length;
        double[] ux = new double[n], uy = new double[n], re = new double[n], im = new double[n];
        for (int i = 0; i < n; i++) {
            ux[i] = kx[i] / dkGrid;
            uy[i] = ky[i] / dkGrid;
            double ramp = Math.PI * (kx[i] + ky[i]) * dx;
            double c = Math.cos(ramp) * weights[i], s = Math.sin(ramp) * weights[i];
            re[i] = data[2 * i] * c - data[2 * i + 1] * s;
            im[i] = data[2 * i] * s + data[2 * i + 1] * c;
        }
        return new GriddingSamples(ux, uy, re, im);
    }

    /** Number of samples. */
    public int count() {
        return ux.length;
    }
}
