package org.modalis.xray;

import org.modalis.physics.AirKerma;
import org.modalis.physics.TubeFilter;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.TungstenTube;
import org.modalis.physics.XraySpectrum;

/**
 * Exposure index and deviation index after IEC 62494-1:2008. EI = c₀·K_cal with c₀ = 100 µGy⁻¹, where K_cal is
 * the air kerma [µGy] that, in the calibration beam RQA 5 (70 kV, 21 mm Al added, IEC 61267), would give the
 * detector signal measured in the value of interest (here: the mean reading over the central 10 % × 10 % of the
 * panel, a fixed stand-in for the anatomy-specific VOI). Because the calibration uses RQA 5, EI of other beams
 * departs from 100·K by the detector's energy response, as with real panels. DI = 10·log₁₀(EI/EI_T) against the
 * target EI_T (IEC 62494-1 §5; AAPM TG-116 suggests acting when |DI| &gt; 1, re-taking only for DI &gt; 3 with
 * saturation or DI &lt; −1 with excessive noise).
 *
 * @param calibratedKermaUgy K_cal [µGy]
 * @param ei                 exposure index, 100·K_cal
 * @param targetEi           EI_T
 * @param deviationIndex     DI
 */
public record ExposureIndex(double calibratedKermaUgy, double ei, double targetEi, double deviationIndex) {

    /** IEC 62494-1 scaling constant c₀ [1/µGy]. */
    public static final double C0_PER_UGY = 100;

    /** RQA 5 calibration beam (IEC 61267): 70 kV, 21.0 mm Al added to the tube's inherent filtration. */
    public static TungstenTube rqa5(TungstenSpectrumModel model) {
        return TungstenTube.of(70, new TubeFilter(model.aluminium(), 21.0));
    }

    /**
     * Detector response in RQA 5: keV deposited per mm² of pixel per µGy incident air kerma,
     * R = Σ Φ(E)·E·η(E) / K(Φ).
     */
    public static double rqa5ResponseKevPerMm2PerUgy(CsiDetector detector, TungstenSpectrumModel model) {
        XraySpectrum s = model.generate(rqa5(model));
        double deposited = 0;
        for (int e = 0; e < s.bins(); e++) {
            deposited += s.fluence(e) * s.energyKev(e) * detector.efficiency(s.energyKev(e));
        }
        return deposited / (AirKerma.mgy(s) * 1e3);
    }

    /** EI and DI of a read-out radiograph (reading in keV per pixel) for a detector with RQA 5 response R. */
    public static ExposureIndex of(Radiograph read, double responseKevPerMm2PerUgy, double targetEi) {
        if (!(targetEi > 0)) {
            throw new IllegalArgumentException("target EI must be > 0, got " + targetEi);
        }
        ProjectionGeometry g = read.geometry();
        double pixelMm2 = g.pitchM() * g.pitchM() * 1e6;
        double k = centralMean(read.reading(), g) / (pixelMm2 * responseKevPerMm2PerUgy);
        double ei = C0_PER_UGY * k;
        return new ExposureIndex(k, ei, targetEi, 10 * Math.log10(Math.max(ei, 1e-30) / targetEi));
    }

    /** Mean over the central 10 % × 10 % of the pixels (at least the centre pixel). */
    static double centralMean(float[] v, ProjectionGeometry g) {
        int hc = g.cols() / 20, hr = g.rows() / 20;
        double sum = 0;
        int n = 0;
        for (int j = g.rows() / 2 - hr; j <= g.rows() / 2 + hr && j < g.rows(); j++) {
            for (int i = g.cols() / 2 - hc; i <= g.cols() / 2 + hc && i < g.cols(); i++) {
                sum += v[j * g.cols() + i];
                n++;
            }
        }
        return sum / n;
    }
}
