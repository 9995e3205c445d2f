package org.modalis.ultrasound;

import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.utils.CommonUtils;

/**
 * The discrete Hilbert transform of a real record zero-padded to n (a power of two): real FFT, multiply by
 * −i·sgn(k) (DC and Nyquist zeroed), real inverse FFT — the imaginary part of Marple's discrete analytic signal
 * (IEEE Trans. SP 47 (1999) 2600), whose real part is the record itself.
 *
 * <p>JTransforms splits a transform of n ≥ {@link CommonUtils#getThreadsBeginN_1D_FFT_2Threads()} (8192) over
 * threads of its own; called from the lines' parallel loop that nests two thread pools on the same cores and
 * measured 8× slower here (85–120 ms against 11 ms for a 128-line frame on 2 cores). Such lengths are therefore
 * done as one radix-2 step over two half-length real transforms (Cooley–Tukey decimation in time): with e, o the
 * even and odd samples, X_k = E_k + w^k·O_k (w = e^{−2πi/n}, 0 ≤ k ≤ n/2), and on the way back, for the Hilbert
 * spectrum Y, the even and odd outputs are the half-length inverse transforms of (Y_k + Y_{k+n/2})/2 and
 * (Y_k − Y_{k+n/2})·w^{−k}/2. Not thread-safe (scratch arrays): one instance per thread.
 */
final class HilbertTransform {

    private final int n;
    private final int half;
    private final boolean split;
    private final DoubleFFT_1D fft;
    private final double[] cos;
    private final double[] sin;
    private final double[] even;
    private final double[] odd;
    private final double[] whole;
    private final double[] hilbertRe;
    private final double[] hilbertIm;

    /** @param n transform length, a power of two ≥ 4 */
    HilbertTransform(int n) {
        this.n = n;
        this.half = n / 2;
        this.split = n >= CommonUtils.getThreadsBeginN_1D_FFT_2Threads() && n >= 8;
        this.fft = new DoubleFFT_1D(split ? half : n);
        cos = new double[half + 1];
        sin = new double[half + 1];
        for (int k = 0; k <= half; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / n);
            sin[k] = Math.sin(2 * Math.PI * k / n);
        }
        even = new double[split ? half : 0];
        odd = new double[split ? half : 0];
        whole = new double[split ? 0 : n];
        hilbertRe = new double[split ? half + 1 : 0];
        hilbertIm = new double[split ? half + 1 : 0];
    }

    /** Writes H{x} of {@code x[offset … offset + samples)} (samples ≤ n) into {@code out[0 … samples)}. */
    void transform(float[] x, int offset, int samples, double[] out) {
        if (split) {
            transformSplit(x, offset, samples, out);
            return;
        }
        double[] a = whole;
        java.util.Arrays.fill(a, 0);
        for (int k = 0; k < samples; k++) {
            a[k] = x[offset + k];
        }
        fft.realForward(a);
        a[0] = 0;
        a[1] = 0;
        for (int k = 1; k < n / 2; k++) { // −i·(re + i·im) = im − i·re
            double re = a[2 * k];
            a[2 * k] = a[2 * k + 1];
            a[2 * k + 1] = -re;
        }
        fft.realInverse(a, true);
        System.arraycopy(a, 0, out, 0, samples);
    }

    private void transformSplit(float[] x, int offset, int samples, double[] out) {
        java.util.Arrays.fill(even, 0);
        java.util.Arrays.fill(odd, 0);
        for (int k = 0; k < samples; k++) {
            (k % 2 == 0 ? even : odd)[k / 2] = x[offset + k];
        }
        fft.realForward(even);
        fft.realForward(odd);
        // Y_k = −i·X_k for 0 < k < half, X_k = E_k + w^k·O_k; Y_0 = Y_half = 0. Kept as yRe/yIm over 0 … half.
        double[] yRe = hilbertRe, yIm = hilbertIm;
        yRe[0] = yIm[0] = yRe[half] = yIm[half] = 0;
        for (int k = 1; k < half; k++) {
            int m = k <= half / 2 ? k : half - k; // E_k = conj(E_{half−k}) past the half-length Nyquist
            double s = k <= half / 2 ? 1 : -1;
            double er = packedRe(even, m), ei = s * packedIm(even, m), or = packedRe(odd, m), oi = s * packedIm(odd, m);
            double xr = er + cos[k] * or + sin[k] * oi, xi = ei + cos[k] * oi - sin[k] * or; // w^k = cos − i·sin
            yRe[k] = xi;
            yIm[k] = -xr;
        }
        for (int k = 0; k <= half / 2; k++) {
            // Y_{k+half} = conj(Y_{half−k}); the packed half-length spectra of the even and odd outputs.
            double cr = yRe[half - k], ci = -yIm[half - k];
            double ar = 0.5 * (yRe[k] + cr), ai = 0.5 * (yIm[k] + ci);
            double dr = 0.5 * (yRe[k] - cr), di = 0.5 * (yIm[k] - ci);
            double br = dr * cos[k] - di * sin[k], bi = dr * sin[k] + di * cos[k]; // × w^{−k} = cos + i·sin
            pack(even, k, ar, ai);
            pack(odd, k, br, bi);
        }
        fft.realInverse(even, true);
        fft.realInverse(odd, true);
        for (int k = 0; k < samples; k++) {
            out[k] = (k % 2 == 0 ? even : odd)[k / 2];
        }
    }

    /** Re of bin m (0 ≤ m ≤ half/2) of JTransforms' packed real spectrum of length half. */
    private double packedRe(double[] a, int m) {
        return m == 0 ? a[0] : m == half / 2 ? a[1] : a[2 * m];
    }

    private double packedIm(double[] a, int m) {
        return m == 0 || m == half / 2 ? 0 : a[2 * m + 1];
    }

    /** Stores bin k (0 ≤ k ≤ half/2) into the packed layout (DC and Nyquist bins real). */
    private void pack(double[] a, int k, double re, double im) {
        if (k == 0) {
            a[0] = re;
        } else if (k == half / 2) {
            a[1] = re;
        } else {
            a[2 * k] = re;
            a[2 * k + 1] = im;
        }
    }
}
