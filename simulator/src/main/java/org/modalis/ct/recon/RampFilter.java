package org.modalis.ct.recon;

import java.util.stream.IntStream;
import org.jtransforms.fft.DoubleFFT_1D;
import org.modalis.ct.CtGeometry;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.ct.ParallelBeamGeometry;

/**
 * Ramp filtering "done right" (Kak &amp; Slaney §3.3.3, eqs. 3.61–3.65): the band-limited ramp is built in
 * the spatial domain, h(0) = 1/(4τ²), h(n odd) = −1/(n²π²τ²), h(n even) = 0, zero-padded to a power of
 * two P ≥ 2N, and only then Fourier transformed. Its spectrum is real (h is even) and, unlike a ramp
 * sampled in frequency, keeps the small DC term that the finite convolution needs, so a constant object
 * reconstructs without a DC shift. The window multiplies that spectrum. Filtering computes the discrete
 * version of the convolution integral, Q(nτ) = τ·Σ_k h((n−k)τ)·p(kτ), exactly (linear, not circular,
 * because P ≥ 2N − 1).
 *
 * <p>For the equiangular fan beam the kernel is the modified ramp g(nα) = (nα / sin nα)²·h(nα), i.e.
 * g(0) = 1/(4α²), g(n odd) = −1/(π² sin²(nα)) (Kak &amp; Slaney §3.4.1; their factor ½ for a
 * 360° scan is applied with the redundancy weights instead, see {@link RedundancyWeights}).
 *
 * <p>One FFT plan per filter; views are filtered in parallel. The plan is shared read-only between
 * threads: for power-of-two lengths JTransforms' plan holds only precomputed twiddle tables.
 */
public final class RampFilter {

    private final int bins;
    private final int padded;
    private final double[] response;
    private final DoubleFFT_1D fft;

    private RampFilter(int bins, double[] kernel, double spacing, FilterWindow window, double cutoff) {
        this.bins = bins;
        this.padded = kernel.length;
        this.fft = new DoubleFFT_1D(padded);
        this.response = spectrum(kernel, spacing, window, cutoff);
    }

    /** The ramp for detector samples spaced τ = {@code spacing} (parallel beam, or a flat fan detector at the isocentre). */
    public static RampFilter ramp(int bins, double spacing, FilterWindow window, double cutoff) {
        int p = paddedLength(bins);
        double[] k = new double[p];
        for (int m = 0; m < p; m++) {
            int n = m < p / 2 ? m : m - p;
            k[m] = rampTap(n, spacing);
        }
        return new RampFilter(bins, k, spacing, window, cutoff);
    }

    /** The modified ramp (γ/sinγ)²·h(γ) for an equiangular detector with angular spacing α [rad]. */
    public static RampFilter equiangular(int bins, double alphaRad, FilterWindow window, double cutoff) {
        int p = paddedLength(bins);
        double[] k = new double[p];
        for (int m = 0; m < p; m++) {
            int n = m < p / 2 ? m : m - p;
            double s = Math.sin(n * alphaRad);
            k[m] = n == 0 ? 1.0 / (4 * alphaRad * alphaRad) : (n % 2 == 0 ? 0.0 : -1.0 / (Math.PI * Math.PI * s * s));
        }
        return new RampFilter(bins, k, alphaRad, window, cutoff);
    }

    /**
     * The filter FBP needs for the geometry: the ramp with the bin spacing (parallel), the modified ramp
     * (arc fan), or the ramp with the bin spacing scaled to the isocentre, Δu·D/SDD (flat fan, Kak &amp; Slaney §3.4.2).
     */
    public static RampFilter forGeometry(CtGeometry g, FilterWindow window, double cutoff) {
        if (g instanceof FanBeamGeometry f) {
            if (f.shape() == DetectorShape.ARC) {
                return equiangular(f.bins(), f.binSpacing(), window, cutoff);
            }
            return ramp(f.bins(), f.binSpacing() * f.sourceIsoM() / f.sourceDetectorM(), window, cutoff);
        }
        ParallelBeamGeometry p = (ParallelBeamGeometry) g;
        return ramp(p.bins(), p.binSpacingM(), window, cutoff);
    }

    /** Smallest power of two ≥ 2·bins: room for the linear convolution of N samples with a 2N − 1 tap kernel. */
    public static int paddedLength(int bins) {
        int p = 2;
        while (p < 2 * bins) {
            p <<= 1;
        }
        return p;
    }

    private static double rampTap(int n, double tau) {
        if (n == 0) {
            return 1.0 / (4 * tau * tau);
        }
        return n % 2 == 0 ? 0.0 : -1.0 / ((double) n * n * Math.PI * Math.PI * tau * tau);
    }

    /** τ·DFT(kernel)·W(f) at f = k/P, k = 0 … P/2; real because the kernel is even. */
    private double[] spectrum(double[] kernel, double spacing, FilterWindow window, double cutoff) {
        double[] a = kernel.clone();
        fft.realForward(a);
        double[] r = new double[padded / 2 + 1];
        r[0] = a[0];
        r[padded / 2] = a[1];
        for (int k = 1; k < padded / 2; k++) {
            r[k] = a[2 * k];
        }
        for (int k = 0; k <= padded / 2; k++) {
            r[k] *= spacing * window.at((double) k / padded, cutoff);
        }
        return r;
    }

    /** Filters {@code views} rows of {@code bins} values from {@code in} into {@code out} (may be the same array). */
    public void filter(float[] in, int views, float[] out) {
        if (in.length < (long) views * bins || out.length < (long) views * bins) {
            throw new IllegalArgumentException("arrays shorter than views × bins = " + views + " × " + bins);
        }
        int chunk = Math.max(1, views / (4 * Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, (views + chunk - 1) / chunk).parallel().forEach(c -> {
            double[] work = new double[padded];
            for (int v = c * chunk; v < Math.min(views, (c + 1) * chunk); v++) {
                filterView(in, v * bins, out, v * bins, work);
            }
        });
    }

    /** Filters one view of {@code bins} values; {@code work} has {@link #paddedLength()} entries. */
    public void filterView(float[] in, int inOffset, float[] out, int outOffset, double[] work) {
        for (int i = 0; i < bins; i++) {
            work[i] = in[inOffset + i];
        }
        java.util.Arrays.fill(work, bins, padded, 0.0);
        fft.realForward(work);
        work[0] *= response[0];
        work[1] *= response[padded / 2];
        for (int k = 1; k < padded / 2; k++) {
            work[2 * k] *= response[k];
            work[2 * k + 1] *= response[k];
        }
        fft.realInverse(work, true);
        for (int i = 0; i < bins; i++) {
            out[outOffset + i] = (float) work[i];
        }
    }

    /**
     * The filter as a linear convolution: taps c[0 … bins−1] with
     * {@code out[i] = Σ_k c[|i − k|]·in[k]} equal to {@link #filterView} up to rounding. The product of the
     * spectra is the circular convolution with c = IDFT(response) of length P; since |i − k| &lt; bins and
     * P ≥ 2·bins, no index wraps, and c is even because the response is real and symmetric. The GL twin of
     * the filter ({@code shaders/ct/ramp_filter.comp}) sums these taps directly, so the sinogram can be
     * filtered where it is backprojected without a round trip.
     */
    public double[] spatialTaps() {
        double[] a = new double[padded];
        a[0] = response[0];
        a[1] = response[padded / 2];
        for (int k = 1; k < padded / 2; k++) {
            a[2 * k] = response[k];
        }
        fft.realInverse(a, true);
        return java.util.Arrays.copyOf(a, bins);
    }

    /** Zero-padded FFT length P. */
    public int paddedLength() {
        return padded;
    }

    /** Detector bins per view. */
    public int bins() {
        return bins;
    }

    /** The windowed response τ·H(k/P)·W(k/P) for k = 0 … P/2 (a copy), in [1/spacing]. */
    public double[] response() {
        return response.clone();
    }
}
