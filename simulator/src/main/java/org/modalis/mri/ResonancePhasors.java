package org.modalis.mri;

/**
 * The readout-time phases of a Cartesian or radial acquisition: a tissue resonating Δf_t off the receiver (chemical shift)
 * in a field offset f₀ ({@link ShimField}) gains e^(−2πi(Δf_t + f₀)τ) by the time τ = k_r·Δx_r/BW_pixel of its
 * readout sample. τ depends on the column only, so the phasors are tabulated once per column and tissue.
 */
final class ResonancePhasors {

    private ResonancePhasors() {
    }

    /**
     * Per tissue {cos, sin}·interleaved over columns, or null for a tissue with no phase (Δf_t + f₀ = 0); column j is
     * read at u_j = (j − cols/2)·du [cycles/m] along the readout, τ = u_j·Δx_r/BW_pixel.
     */
    static double[][] of(TissueSignals signals, ShimField shim, TissueSpectra spectra, double du, MrProtocol protocol) {
        double timePerK = protocol.pixelRead() / protocol.bandwidthPerPixelHz();
        int nr = spectra.cols();
        double[][] out = new double[signals.signal().length][];
        for (int t = 0; t < out.length; t++) {
            double f = signals.offsetHz()[t] + shim.offsetHz();
            if (f == 0) {
                continue;
            }
            out[t] = new double[2 * nr];
            for (int r = 0; r < nr; r++) {
                double phase = -2 * Math.PI * f * (r - nr / 2) * du * timePerK;
                out[t][2 * r] = Math.cos(phase);
                out[t][2 * r + 1] = Math.sin(phase);
            }
        }
        return out;
    }

    /** Σ_t s_t·C_t(row, ·)·phasor_t(·), interleaved complex, in double. */
    static double[] weightedRow(TissueSpectra spectra, double[] signal, double[][] phasors, int row) {
        int nc = spectra.cols();
        double[] sum = new double[2 * nc];
        int base = 2 * row * nc;
        for (int t = 0; t < spectra.tissues(); t++) {
            double w = signal[t];
            if (w == 0) {
                continue;
            }
            float[] c = spectra.data()[t];
            double[] ph = phasors[t];
            for (int j = 0; j < nc; j++) {
                double re = c[base + 2 * j], im = c[base + 2 * j + 1];
                if (ph != null) {
                    double pr = ph[2 * j], pi = ph[2 * j + 1];
                    double r2 = re * pr - im * pi;
                    im = re * pi + im * pr;
                    re = r2;
                }
                sum[2 * j] += w * re;
                sum[2 * j + 1] += w * im;
            }
        }
        return sum;
    }
}
