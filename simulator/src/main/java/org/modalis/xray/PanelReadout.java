package org.modalis.xray;

import org.modalis.physics.Rng;

/**
 * The flat panel's readout after the scintillator: light spread ({@link GaussianBlur}), conversion of deposited
 * energy to photodiode charge, additive electronic (read) noise and a finite full well at which the pixel
 * saturates (overexposure "burns out": every pixel above the full well reads the same). The conversion gain g
 * [e⁻/keV deposited] is CsI:Tl's light yield of ~54 optical photons/keV (Saint-Gobain CsI(Tl) data sheet)
 * times optical coupling and a-Si:H photodiode quantum efficiency (~0.4 together, Antonuk et al., Med. Phys.
 * 27:289, 2000 discuss the gain chain): ~20 e⁻/keV. a-Si panels have ~1000–3000 e⁻ rms read noise (ibid.).
 * Signals inside the simulator stay in keV deposited; the electron figures convert through g.
 *
 * @param blur              light spread
 * @param electronsPerKev   conversion gain g [e⁻/keV], 1 … 1000
 * @param readNoiseElectrons electronic noise, rms per pixel [e⁻], 0 … 10⁶ (added after the blur: it is not spread)
 * @param fullWellElectrons saturation charge per pixel [e⁻]; 0 = no saturation, else 10³ … 10¹²
 */
public record PanelReadout(GaussianBlur blur, double electronsPerKev, double readNoiseElectrons, double fullWellElectrons) {

    /** No blur, no read noise, no saturation: the ideal energy-integrating detector. */
    public static final PanelReadout IDEAL = new PanelReadout(new GaussianBlur(0), 20, 0, 0);

    public PanelReadout {
        if (!(electronsPerKev >= 1 && electronsPerKev <= 1000)) {
            throw new IllegalArgumentException("conversion gain must be in [1, 1000] e-/keV, got " + electronsPerKev);
        }
        if (!(readNoiseElectrons >= 0 && readNoiseElectrons <= 1e6)) {
            throw new IllegalArgumentException("read noise must be in [0, 1e6] e- rms, got " + readNoiseElectrons);
        }
        if (!(fullWellElectrons == 0 || fullWellElectrons >= 1e3 && fullWellElectrons <= 1e12)) {
            throw new IllegalArgumentException("full well must be 0 (none) or in [1e3, 1e12] e-, got " + fullWellElectrons);
        }
    }

    /** Full well in keV deposited; +∞ when there is no saturation. */
    public double fullWellKev() {
        return fullWellElectrons == 0 ? Double.POSITIVE_INFINITY : fullWellElectrons / electronsPerKev;
    }

    /**
     * Reads out a raw exposure: reading' = clip(blur(reading) + N(0, σ_e/g)), mean' = clip(blur(mean)) (the
     * noise-free signal the pixel would read, saturation included), variance' = Σw²·v + (σ_e/g)² (exact for the
     * blur of independent pixel noise), open field and kerma unchanged. Row j's read noise uses
     * {@code rng.stream(j)}: independent of the quantum-noise streams' draws, which the caller keys differently.
     */
    public Radiograph read(Radiograph raw, Rng rng) {
        ProjectionGeometry g = raw.geometry();
        int n = raw.mean().length;
        double[] reading = new double[n], mean = new double[n];
        double[] rawReading = new double[n];
        for (int k = 0; k < n; k++) {
            rawReading[k] = raw.reading()[k];
        }
        blur.apply(rawReading, g.cols(), g.rows(), g.pitchM(), reading);
        blur.apply(raw.mean(), g.cols(), g.rows(), g.pitchM(), mean);
        double sigmaKev = readNoiseElectrons / electronsPerKev, full = fullWellKev();
        double factor = blur.whiteNoiseVarianceFactor(g.pitchM());
        float[] out = new float[n];
        double[] variance = new double[n];
        for (int j = 0; j < g.rows(); j++) {
            Rng row = rng.stream(j);
            for (int i = 0; i < g.cols(); i++) {
                int k = j * g.cols() + i;
                double r = reading[k] + (sigmaKev > 0 ? sigmaKev * row.gaussian() : 0);
                out[k] = (float) Math.min(r, full);
                mean[k] = Math.min(mean[k], full);
                variance[k] = raw.variance()[k] * factor + sigmaKev * sigmaKev;
            }
        }
        return new Radiograph(g, out, mean, variance, raw.openField(), raw.kermaMgy());
    }

    /** Fraction of pixels whose reading reached the full well. */
    public double saturatedFraction(Radiograph read) {
        double full = fullWellKev();
        int count = 0;
        for (float v : read.reading()) {
            count += v >= (float) full ? 1 : 0;
        }
        return (double) count / read.reading().length;
    }
}
