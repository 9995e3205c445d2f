package org.modalis.metrics;

import org.jtransforms.fft.DoubleFFT_2D;
import org.modalis.image.Grid;
import org.modalis.image.Image;

/**
 * 2-D noise power spectrum from square ROIs of a uniform region (ICRU Report 87 §4; Boedeker et al.,
 * Phys. Med. Biol. 52:4027, 2007): the region is tiled with non-overlapping n × n pixel blocks whose
 * pixel centres all lie inside it; each block has its mean removed and is Fourier transformed, and
 * NPS(u, v) = (dx·dy / (n·n)) · ⟨|DFT(block − mean)|²⟩ over the blocks, in [unit²·m²]. With this
 * scaling white noise of variance σ² has NPS = σ²·dx·dy at every frequency, and the NPS integrates over
 * the frequency plane (Δf = 1/(n·dx)) to the blocks' mean variance (Parseval). Only the block mean is
 * removed: a slow trend (cupping) leaks into the lowest frequencies, so pass a noise-only image
 * (image − truth, or the difference of two realisations divided by √2) when one is available.
 */
public final class NoisePowerSpectrum {

    private NoisePowerSpectrum() {
    }

    /** NPS of slice 0 within {@code region} from {@code n} × {@code n} blocks (n ≥ 4, a power of 2 is fastest). */
    public static NpsResult measure(Image image, Roi region, int n) {
        return measure(image, 0, region, n);
    }

    /** NPS of slice {@code k}; see {@link #measure(Image, Roi, int)}. */
    public static NpsResult measure(Image image, int k, Roi region, int n) {
        Grid g = image.grid();
        if (k < 0 || k >= g.nz()) {
            throw new IllegalArgumentException("slice " + k + " outside 0.." + (g.nz() - 1));
        }
        if (n < 4 || n > Math.min(g.nx(), g.ny())) {
            throw new IllegalArgumentException("block size must be 4.." + Math.min(g.nx(), g.ny())
                    + " pixels, got " + n);
        }
        double[] sum = new double[n * n];
        double[] block = new double[2 * n * n];
        DoubleFFT_2D fft = new DoubleFFT_2D(n, n);
        int blocks = 0;
        for (int j0 = 0; j0 + n <= g.ny(); j0 += n) {
            for (int i0 = 0; i0 + n <= g.nx(); i0 += n) {
                if (inside(region, g, i0, j0, n)) {
                    load(image, k, i0, j0, n, block);
                    fft.complexForward(block);
                    for (int p = 0; p < n * n; p++) {
                        sum[p] += block[2 * p] * block[2 * p] + block[2 * p + 1] * block[2 * p + 1];
                    }
                    blocks++;
                }
            }
        }
        if (blocks == 0) {
            throw new org.modalis.UserInputException("no " + n + "×" + n + " pixel block fits inside the NPS region ("
                    + region.describe() + ")");
        }
        double scale = g.dx() * g.dy() / ((double) n * n * blocks);
        for (int p = 0; p < sum.length; p++) {
            sum[p] *= scale;
        }
        return new NpsResult(sum, n, g.dx(), g.dy(), blocks);
    }

    private static boolean inside(Roi region, Grid g, int i0, int j0, int n) {
        for (int j = j0; j < j0 + n; j++) {
            for (int i = i0; i < i0 + n; i++) {
                if (!region.contains(g.x(i), g.y(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Copies the block into interleaved complex form with its mean removed. */
    private static void load(Image image, int k, int i0, int j0, int n, double[] out) {
        Grid g = image.grid();
        double mean = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                mean += image.data()[g.index(i0 + i, j0 + j, k)];
            }
        }
        mean /= (double) n * n;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int p = j * n + i;
                out[2 * p] = image.data()[g.index(i0 + i, j0 + j, k)] - mean;
                out[2 * p + 1] = 0;
            }
        }
    }
}
