package org.modalis.mri;

import java.util.Arrays;
import org.modalis.phantom.SliceSpectrum;

/**
 * The noiseless MR signal of one slice at a k-space point, from the analytic per-tissue spectra:
 * <pre>S(k) = e^(−2πi·f₀·τ) · Σ_t s_t · C_t(k + g·τ) · e^(−2πi·Δf_t·τ)</pre>
 * with s_t the tissue signal, C_t the slab-averaged spectrum of tissue t ({@link SlabPlanes}), Δf_t its
 * chemical-shift offset, τ the time of the sample from the echo and f₀ + g·r the linear field error of
 * {@link ShimField} (exact: a linear off-resonance only moves the point where the spectrum is read). Shared by the Cartesian and radial acquisitions
 * so both see the same object. One instance per thread (it owns scratch arrays).
 */
final class AnalyticSignalSpectrum {

    private final SliceSpectrum[] spectra;
    private final double[] signal;
    private final double[] offsetHz;
    private final double[] re;
    private final double[] im;
    private final double[] planeRe;
    private final double[] planeIm;
    private final ShimField shim;

    AnalyticSignalSpectrum(SliceSpectrum[] spectra, TissueSignals signals, ShimField shim) {
        this.spectra = spectra;
        this.shim = shim;
        this.signal = signals.signal();
        this.offsetHz = signals.offsetHz();
        int nt = spectra[0].tissueCount();
        re = new double[nt];
        im = new double[nt];
        planeRe = new double[nt];
        planeIm = new double[nt];
    }

    /** S at (kx, ky) [cycles/m] sampled τ [s] after the echo, into out[0] (re), out[1] (im) [a.u.·m²]. */
    void sample(double kx, double ky, double tau, double[] out) {
        slabTransform(kx + shim.gxHzPerM() * tau, ky + shim.gyHzPerM() * tau);
        double sr = 0, si = 0;
        for (int t = 0; t < re.length; t++) {
            double w = signal[t], f = offsetHz[t];
            if (f == 0) {   // on resonance (all but fat): no phase, no trigonometry
                sr += w * re[t];
                si += w * im[t];
                continue;
            }
            double phase = -2 * Math.PI * f * tau;
            double c = Math.cos(phase), s = Math.sin(phase);
            sr += w * (re[t] * c - im[t] * s);
            si += w * (re[t] * s + im[t] * c);
        }
        if (shim.offsetHz() == 0) {
            out[0] = sr;
            out[1] = si;
            return;
        }
        double phase = -2 * Math.PI * shim.offsetHz() * tau, c = Math.cos(phase), s = Math.sin(phase);
        out[0] = sr * c - si * s;
        out[1] = sr * s + si * c;
    }

    /** The slab-averaged per-tissue spectra C_t(k) without signal weights or offsets (one instance per thread). */
    static final class PerTissue {
        private final AnalyticSignalSpectrum inner;

        PerTissue(SliceSpectrum[] spectra) {
            int nt = spectra[0].tissueCount();
            inner = new AnalyticSignalSpectrum(spectra, new TissueSignals(new double[nt], new double[nt]), ShimField.NONE);
        }

        /** {re[], im[]} of C_t at (kx, ky); the arrays are reused by the next call. */
        double[][] at(double kx, double ky) {
            inner.slabTransform(kx, ky);
            return new double[][] {inner.re, inner.im};
        }
    }

    /** Mean of the planes' per-tissue spectra at (kx, ky) into re, im. */
    private void slabTransform(double kx, double ky) {
        if (spectra.length == 1) {
            spectra[0].transform(kx, ky, re, im);
            return;
        }
        Arrays.fill(re, 0);
        Arrays.fill(im, 0);
        for (SliceSpectrum s : spectra) {
            s.transform(kx, ky, planeRe, planeIm);
            for (int t = 0; t < re.length; t++) {
                re[t] += planeRe[t] / spectra.length;
                im[t] += planeIm[t] / spectra.length;
            }
        }
    }
}
