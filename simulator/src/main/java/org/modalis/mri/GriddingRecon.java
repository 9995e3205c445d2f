package org.modalis.mri;

import org.jtransforms.fft.FloatFFT_2D;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * Gridding reconstruction of non-Cartesian k-space (Jackson et al., IEEE TMI 10 (1991) 473; Beatty et al.,
 * IEEE TMI 24 (2005) 799): each density-compensated sample w·S is spread onto an α-times oversampled Cartesian
 * grid (Δk_g = 1/(α·FOV)) with a separable {@link KaiserBesselKernel} of width W cells, the grid is inverse
 * FFT'd, the central N × N pixels are kept and divided by the kernel's transform ĉ(x·Δk_g)·ĉ(y·Δk_g)
 * (deapodization). With w the k-space area of each sample the result approximates ∫ S(k)·e^(2πik·x) dk, the
 * same scaling as {@link CartesianRecon}: a tissue of signal s reconstructs to s. A phase ramp
 * e^(iπ(kx + ky)·Δx) puts pixel centres at (i + 0.5 − N/2)·Δx as in {@code docs/conventions.md}.
 *
 * <p>The spreading step is a {@link Gridder} (CPU, or the GL twin), fed {@link GriddingSamples} built once in
 * Java; the FFT is JTransforms' multithreaded one.
 *
 * @param kernel  the interpolation kernel (its oversampling is the grid's)
 * @param gridder the spreading step
 */
public record GriddingRecon(KaiserBesselKernel kernel, Gridder gridder) {

    /** Beatty et al.'s recommended pair for 2× oversampling: W = 4 cells, α = 2 (error ≈ 1e-3 of the peak). */
    public static GriddingRecon standard() {
        return standard(new CpuGridder());
    }

    /** The standard kernel with another twin of the spreading step (e.g. the GL one). */
    public static GriddingRecon standard(Gridder gridder) {
        return new GriddingRecon(new KaiserBesselKernel(4, 2), gridder);
    }

    /**
     * The magnitude and phase images of radial k-space acquired with {@code protocol}: matrix_read² pixels over
     * the square readout FOV (radial has no phase-encoding axis), density weights of the trajectory.
     */
    public MrImages reconstruct(RadialKSpace k, MrProtocol protocol) {
        RadialTrajectory t = k.trajectory();
        int n = protocol.matrixRead();
        float[] kx = new float[t.spokes() * t.samples()], ky = new float[kx.length], c = new float[2 * n * n];
        t.coordinates(kx, ky);
        reconstruct(kx, ky, k.data(), t.densityWeights(), n, protocol.fovRead(), c);
        float[] mag = new float[n * n], phase = new float[n * n];
        double max = 0;
        for (int i = 0; i < n * n; i++) {
            mag[i] = (float) Math.hypot(c[2 * i], c[2 * i + 1]);
            phase[i] = (float) Math.atan2(c[2 * i + 1], c[2 * i]);
            max = Math.max(max, mag[i]);
        }
        Grid grid = new Grid(n, n, 1, protocol.fovRead() / n, protocol.fovRead() / n, protocol.sliceThickness());
        return new MrImages(new Image(grid, mag, "magnitude", "a.u.", Window.ofRange(0, max > 0 ? max : 1)),
                new Image(grid, phase, "phase", "rad", new Window(0, 2 * Math.PI)));
    }

    /**
     * Reconstructs an n × n complex image of a square field of view.
     *
     * @param kx      sample positions [cycles/m]
     * @param ky      sample positions [cycles/m]
     * @param data    interleaved (re, im) samples
     * @param weights density compensation [(cycles/m)²]
     * @param n       image size (even)
     * @param fov     field of view [m]
     * @param out     2·n·n floats, interleaved (re, im), row-major (row = y), overwritten
     */
    public void reconstruct(float[] kx, float[] ky, float[] data, float[] weights, int n, double fov, float[] out) {
        if (n < 2 || n % 2 != 0 || out.length != 2 * n * n) {
            throw new IllegalArgumentException("image size must be even and out must hold 2·n² floats, got n = " + n);
        }
        int g = 2 * (int) Math.ceil(kernel.oversampling() * n / 2);   // even grid size
        double dkGrid = 1.0 / (g * fov / n);                             // grid spans g pixels of fov/n
        float[] grid = new float[2 * g * g];
        gridder.spread(GriddingSamples.of(kx, ky, data, weights, dkGrid, fov / n), kernel, g, grid);
        new FloatFFT_2D(g, g).complexInverse(grid, false);
        crop(grid, g, n, out);
    }

    /** Keeps the central n × n pixels (fftshift) and divides by the kernel's apodization. */
    private void crop(float[] grid, int g, int n, float[] out) {
        double[] apod = new double[n];
        for (int i = 0; i < n; i++) {
            // The DFT evaluates the convolved grid at x = (i − n/2)·Δx (the ramp only relabels where the object
            // sits), so the apodization is ĉ at ν = x·Δk_g = (i − n/2)/g cycles per cell.
            apod[i] = kernel.transform((double) (i - n / 2) / g);
        }
        for (int j = 0; j < n; j++) {
            int gj = Math.floorMod(j - n / 2, g);
            for (int i = 0; i < n; i++) {
                int gi = Math.floorMod(i - n / 2, g);
                double a = 1 / (apod[i] * apod[j]);
                out[2 * (j * n + i)] = (float) (grid[2 * (gj * g + gi)] * a);
                out[2 * (j * n + i) + 1] = (float) (grid[2 * (gj * g + gi) + 1] * a);
            }
        }
    }
}
