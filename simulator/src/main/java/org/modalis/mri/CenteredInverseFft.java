package org.modalis.mri;

import org.jtransforms.fft.FloatFFT_2D;

/**
 * The centred inverse 2-D DFT of k-space stored with its centre (k = 0) at index (rows/2, cols/2), as BART,
 * ISMRMRD tools and {@code numpy.fft.fftshift(numpy.fft.ifft2(numpy.fft.ifftshift(k)))} have it: image pixel
 * (j, i) = scale · Σ S(p, r)·e^(2πi((p − P/2)(j − P/2)/P + (r − R/2)(i − R/2)/R)). With {@code halfPixel} the
 * sum is evaluated at (j + ½ − P/2, i + ½ − R/2) instead, the pixel-centre convention of Modalis
 * ({@code docs/conventions.md}), which is what {@link CartesianRecon} does.
 */
public final class CenteredInverseFft {

    private CenteredInverseFft() {
    }

    /**
     * @param kspace    2·rows·cols floats, (re, im), row-major, centre at (rows/2, cols/2)
     * @param halfPixel evaluate at pixel centres offset by half a pixel
     * @param scale     factor applied to the sum (1/(rows·cols) for NumPy's ifft2)
     * @param out       2·rows·cols floats: the complex image, row-major, overwritten
     */
    public static void transform(float[] kspace, int rows, int cols, boolean halfPixel, double scale, float[] out) {
        if (kspace.length != 2 * rows * cols || out.length != kspace.length) {
            throw new IllegalArgumentException("k-space and image need 2·" + rows + "·" + cols + " floats");
        }
        float[] a = new float[kspace.length];
        for (int p = 0; p < rows; p++) {
            int dp = Math.floorMod(p - rows / 2, rows);
            for (int r = 0; r < cols; r++) {
                double c = scale, s = 0;
                if (halfPixel) {   // e^(iπ(k_p/P + k_r/R)): the sum at (j + ½, i + ½)
                    double ph = Math.PI * ((double) (p - rows / 2) / rows + (double) (r - cols / 2) / cols);
                    c = scale * Math.cos(ph);
                    s = scale * Math.sin(ph);
                }
                int src = 2 * (p * cols + r), dst = 2 * (dp * cols + Math.floorMod(r - cols / 2, cols));
                a[dst] = (float) (kspace[src] * c - kspace[src + 1] * s);
                a[dst + 1] = (float) (kspace[src] * s + kspace[src + 1] * c);
            }
        }
        new FloatFFT_2D(rows, cols).complexInverse(a, false);
        for (int j = 0; j < rows; j++) {
            int sj = Math.floorMod(j - rows / 2, rows);
            for (int i = 0; i < cols; i++) {
                int si = Math.floorMod(i - cols / 2, cols);
                out[2 * (j * cols + i)] = a[2 * (sj * cols + si)];
                out[2 * (j * cols + i) + 1] = a[2 * (sj * cols + si) + 1];
            }
        }
    }
}
