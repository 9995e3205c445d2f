package org.modalis.mri;

import org.jtransforms.fft.DoubleFFT_2D;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * Cartesian reconstruction: apodization, zero-filling, centred inverse 2-D FFT (JTransforms), crop of the
 * readout oversampling, magnitude and phase. The discrete inverse transform is scaled by Δk_p·Δk_r so that
 * it approximates m(x) = ∫ S(k)·e^(2πik·x) dk: a tissue of signal s reconstructs to s (a.u.) away from
 * edges. A half-pixel phase ramp puts pixel centres at (i + 0.5 − N/2)·Δx as in {@link Grid}.
 *
 * <p>With {@code homodyne} and partial-Fourier k-space, the missing lines are made up by Hermitian symmetry
 * (homodyne detection, Noll, Nishimura &amp; Macovski, IEEE Trans. Med. Imaging 10 (1991) 154): the lines that have
 * a mirror line acquired are weighted 1, those without one 2, the missing 0; the image of that weighted k-space,
 * turned by the phase φ of the symmetric centre's own image, has the full-resolution object in its real part.
 * The magnitude is |Re|, the phase φ. Exact for an object whose phase is as smooth as the centre resolves; without
 * partial Fourier it is the plain reconstruction.
 *
 * @param zeroFill interpolation factor 1, 2 or 4 (k-space padded with zeros to this many times its size)
 * @param window   apodization
 * @param homodyne partial-Fourier lines made up by homodyne detection instead of left at zero
 */
public record CartesianRecon(int zeroFill, ReconWindow window, boolean homodyne) {

    /** Zero-filled partial Fourier (the missing lines stay zero). */
    public CartesianRecon(int zeroFill, ReconWindow window) {
        this(zeroFill, window, false);
    }

    public CartesianRecon {
        if (zeroFill != 1 && zeroFill != 2 && zeroFill != 4) {
            throw new IllegalArgumentException("zero-fill factor must be 1, 2 or 4, got " + zeroFill);
        }
        java.util.Objects.requireNonNull(window, "window");
    }

    public MrImages reconstruct(KSpace k, MrProtocol protocol) {
        int np = k.phaseLines() * zeroFill, nr = k.readSamples() * zeroFill;
        int first = protocol.firstPhaseLine();
        double[] a = homodyne && first > 0 ? homodyne(k, np, nr, first) : transform(k, np, nr, null);
        int os = protocol.readoutOversampling(), nrOut = nr / os, r0 = (nr - nrOut) / 2;
        double scale = k.dkPhase() * k.dkRead();
        boolean phaseAlongY = protocol.phaseDirection() == PhaseDirection.AP;
        int nx = phaseAlongY ? nrOut : np, ny = phaseAlongY ? np : nrOut;
        double dr = protocol.fovRead() / nrOut, dp = protocol.fovPhase() / np;
        Grid grid = new Grid(nx, ny, 1, phaseAlongY ? dr : dp, phaseAlongY ? dp : dr, protocol.sliceThickness());
        float[] mag = new float[nx * ny], phase = new float[nx * ny];
        for (int p = 0; p < np; p++) {
            int ps = (p + np / 2) % np; // fftshift of the output
            for (int r = 0; r < nrOut; r++) {
                int rs = (r + r0 + nr / 2) % nr;
                double re = a[2 * (ps * nr + rs)] * scale, im = a[2 * (ps * nr + rs) + 1] * scale;
                int idx = phaseAlongY ? p * nx + r : r * nx + p;
                mag[idx] = (float) Math.sqrt(re * re + im * im);   // magnitudes ≪ 1e150: no overflow to guard
                phase[idx] = (float) Math.atan2(im, re);
            }
        }
        return new MrImages(new Image(grid, mag, "magnitude", "a.u.", Window.ofRange(0, max(mag))),
                new Image(grid, phase.clone(), "phase", "rad", new Window(0, 2 * Math.PI)));
    }

    /** The image (FFT order) of k-space lines weighted by {@code lineWeight} (null: all 1). */
    private double[] transform(KSpace k, int np, int nr, double[] lineWeight) {
        double[] a = padded(k, np, nr, lineWeight);
        new DoubleFFT_2D(np, nr).complexInverse(a, false);
        return a;
    }

    /**
     * Homodyne detection: line p (centre N/2) has its mirror N − p acquired when p ≤ N − first; the weighted
     * image I_w (1 there, 2 beyond, 0 below first) times e^(−iφ), φ = arg of the symmetric lines' image, has the
     * object in its real part. Returns Re·e^(iφ), so the magnitude below is |Re| and the phase φ.
     */
    private double[] homodyne(KSpace k, int np, int nr, int first) {
        int n = k.phaseLines();
        double[] weight = new double[n], symmetric = new double[n];
        for (int p = first; p < n; p++) {
            boolean mirrored = p <= n - first;
            weight[p] = mirrored ? 1 : 2;
            symmetric[p] = mirrored ? 1 : 0;
        }
        double[] full = transform(k, np, nr, weight), low = transform(k, np, nr, symmetric);
        for (int i = 0; i < full.length; i += 2) {
            double lr = low[i], li = low[i + 1], norm = Math.hypot(lr, li);
            double c = norm > 0 ? lr / norm : 1, s = norm > 0 ? li / norm : 0;
            double real = full[i] * c + full[i + 1] * s;      // Re{I_w·e^(−iφ)}
            full[i] = real * c;
            full[i + 1] = real * s;
        }
        return full;
    }

    /**
     * The windowed k-space, zero-padded to np × nr, in FFT order (ifftshift applied: k = 0 at index 0), with
     * the half-pixel ramp e^(iπ(k_p·Δx_p + k_r·Δx_r)) of the output grid.
     */
    private double[] padded(KSpace k, int np, int nr, double[] lineWeight) {
        double[] a = new double[2 * np * nr];
        float[] d = k.data();
        int hp = k.phaseLines() / 2, hr = k.readSamples() / 2;
        double dxp = 1.0 / (np * k.dkPhase()), dxr = 1.0 / (nr * k.dkRead());
        // The ramp and the window are separable: e^(iπk_p·Δx_p)·w(p) per line times e^(iπk_r·Δx_r)·w(r) per column.
        double[] col = new double[2 * k.readSamples()];
        for (int r = 0; r < k.readSamples(); r++) {
            double w = window.weight((r - hr) / (double) hr), ramp = Math.PI * k.kRead(r) * dxr;
            col[2 * r] = Math.cos(ramp) * w;
            col[2 * r + 1] = Math.sin(ramp) * w;
        }
        for (int p = 0; p < k.phaseLines(); p++) {
            double wp = window.weight((p - hp) / (double) hp) * (lineWeight == null ? 1 : lineWeight[p]);
            double ramp = Math.PI * k.kPhase(p) * dxp;
            double lc = Math.cos(ramp) * wp, ls = Math.sin(ramp) * wp;
            int pd = Math.floorMod(p - hp, np);
            for (int r = 0; r < k.readSamples(); r++) {
                double c = lc * col[2 * r] - ls * col[2 * r + 1], s = lc * col[2 * r + 1] + ls * col[2 * r];
                int o = k.offset(p, r);
                int dst = 2 * (pd * nr + Math.floorMod(r - hr, nr));
                a[dst] = d[o] * c - d[o + 1] * s;
                a[dst + 1] = d[o] * s + d[o + 1] * c;
            }
        }
        return a;
    }

    private static double max(float[] v) {
        double m = 0;
        for (float x : v) {
            m = Math.max(m, x);
        }
        return m > 0 ? m : 1;
    }
}
