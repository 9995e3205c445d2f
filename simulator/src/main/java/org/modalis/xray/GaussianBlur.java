package org.modalis.xray;

/**
 * Light spread in the scintillator as a Gaussian point-spread function of standard deviation σ, integrated over
 * the square pixel aperture: the pixel-to-pixel weights are w_k = Φ((k + ½)p/σ) − Φ((k − ½)p/σ) (Φ the normal
 * CDF, p the pitch), applied separably along rows and columns. The presampled MTF is then the scintillator MTF
 * times the aperture MTF, MTF(f) = exp(−2π²σ²f²)·|sinc(f·p)| (Gaussian approximation of the columnar-CsI
 * light spread; the real PSF has longer tails, the "low-frequency drop", which this kernel leaves out).
 * Detector edges replicate the border pixel.
 *
 * @param sigmaM standard deviation of the light spread [m], 0 (no blur) … 2 mm
 */
public record GaussianBlur(double sigmaM) {

    /** The kernel is cut where the Gaussian tail falls below 10⁻⁹ of the total: 6.1 σ. */
    static final double CUTOFF_SIGMAS = 6.1;

    public GaussianBlur {
        if (!(sigmaM >= 0 && sigmaM <= 2e-3)) {
            throw new IllegalArgumentException("detector blur σ must be in [0, 2] mm, got " + sigmaM * 1e3 + " mm");
        }
    }

    /** Analytic presampled MTF at spatial frequency f [cycles/m] for pitch p [m]: Gaussian × pixel aperture. */
    public double mtf(double frequencyPerM, double pitchM) {
        double x = Math.PI * frequencyPerM * pitchM;
        double sinc = x == 0 ? 1 : Math.sin(x) / x;
        return Math.exp(-2 * Math.PI * Math.PI * sigmaM * sigmaM * frequencyPerM * frequencyPerM) * Math.abs(sinc);
    }

    /** Pixel weights w_{−h} … w_h (sum 1) for pitch p [m]; {1} when σ = 0. */
    public double[] weights(double pitchM) {
        if (sigmaM == 0) {
            return new double[] {1};
        }
        int half = (int) Math.ceil(CUTOFF_SIGMAS * sigmaM / pitchM);
        double[] w = new double[2 * half + 1];
        double sum = 0;
        for (int k = -half; k <= half; k++) {
            w[k + half] = normalCdf((k + 0.5) * pitchM / sigmaM) - normalCdf((k - 0.5) * pitchM / sigmaM);
            sum += w[k + half];
        }
        for (int k = 0; k < w.length; k++) {
            w[k] /= sum;
        }
        return w;
    }

    /** Separable convolution of a cols × rows image (row-major) into {@code out} (may not alias {@code in}). */
    public void apply(double[] in, int cols, int rows, double pitchM, double[] out) {
        double[] w = weights(pitchM);
        double[] tmp = new double[in.length];
        int h = w.length / 2;
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                double s = 0;
                for (int k = -h; k <= h; k++) {
                    s += w[k + h] * in[j * cols + Math.min(Math.max(i + k, 0), cols - 1)];
                }
                tmp[j * cols + i] = s;
            }
        }
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                double s = 0;
                for (int k = -h; k <= h; k++) {
                    s += w[k + h] * tmp[Math.min(Math.max(j + k, 0), rows - 1) * cols + i];
                }
                out[j * cols + i] = s;
            }
        }
    }

    /** Σ w_k² per axis, squared for both axes: the variance a white-noise pixel keeps after the blur. */
    public double whiteNoiseVarianceFactor(double pitchM) {
        double s = 0;
        for (double v : weights(pitchM)) {
            s += v * v;
        }
        return s * s;
    }

    /** Standard normal CDF via erfc (commons-math3), accurate to ~1e-15 absolute. */
    static double normalCdf(double x) {
        return 0.5 * org.apache.commons.math3.special.Erf.erfc(-x / Math.sqrt(2));
    }
}
