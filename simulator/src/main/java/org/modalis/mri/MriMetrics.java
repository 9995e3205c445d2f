package org.modalis.mri;

import org.modalis.image.Image;
import org.modalis.metrics.CircularRoi;
import org.modalis.metrics.RoiStatistics;

/**
 * Image-quality measures of magnitude MR images (Kaufman et al., Radiology 173 (1989) 265; NEMA MS 1-2008):
 * background noise with the Rayleigh correction, SNR, CNR, ghost-to-signal ratio, Gibbs overshoot and the
 * chemical-shift displacement measured from the image.
 */
public final class MriMetrics {

    /**
     * std/σ of a Rayleigh variable, √(2 − π/2) ≈ 0.655: the magnitude of complex Gaussian noise of σ per
     * channel, as found in the signal-free background (Henkelman, Med. Phys. 12 (1985) 232).
     */
    public static final double RAYLEIGH_SD_FACTOR = Math.sqrt(2 - Math.PI / 2);
    /** mean/σ of a Rayleigh variable, √(π/2) ≈ 1.253. */
    public static final double RAYLEIGH_MEAN_FACTOR = Math.sqrt(Math.PI / 2);

    private MriMetrics() {
    }

    /** Noise σ per channel [a.u.] estimated from the magnitude background: sd_background / 0.655. */
    public static double noiseSigma(RoiStatistics background) {
        return background.standardDeviation() / RAYLEIGH_SD_FACTOR;
    }

    /** SNR = mean(signal ROI) / σ, σ from the Rayleigh-corrected background. */
    public static double snr(RoiStatistics signal, RoiStatistics background) {
        return signal.mean() / noiseSigma(background);
    }

    /** CNR = |mean_a − mean_b| / σ, σ from the Rayleigh-corrected background. */
    public static double cnr(RoiStatistics a, RoiStatistics b, RoiStatistics background) {
        return Math.abs(a.mean() - b.mean()) / noiseSigma(background);
    }

    /**
     * Ghost-to-signal ratio: mean magnitude in a ROI where only ghosts should be, over the mean magnitude of
     * the object (pixels where the truth exceeds half its maximum); the noise floor of the ghost ROI is left
     * in (it is what an observer sees).
     */
    public static double ghostToSignal(Image image, Image truth, CircularRoi ghost) {
        return RoiStatistics.measure(image, ghost).mean() / objectMean(image, truth);
    }

    /** Mean of the image over the pixels where |truth| exceeds half of its maximum. */
    public static double objectMean(Image image, Image truth) {
        double max = 0;
        for (float v : truth.data()) {
            max = Math.max(max, Math.abs(v));
        }
        double sum = 0;
        int n = 0;
        for (int i = 0; i < truth.data().length; i++) {
            if (Math.abs(truth.data()[i]) > 0.5 * max) {
                sum += image.data()[i];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /**
     * Gibbs overshoot [%] of a bright object on a dark background: 100·(max image − max |truth|)/max |truth|.
     * For a truncated step the continuous overshoot is 8.95 % (Wilbraham–Gibbs constant); pixel sampling
     * of the ringing shows less unless the image is zero-filled.
     */
    public static double overshootPercent(Image image, Image truth) {
        double mi = 0, mt = 0;
        for (int i = 0; i < image.data().length; i++) {
            mi = Math.max(mi, image.data()[i]);
            mt = Math.max(mt, Math.abs(truth.data()[i]));
        }
        return 100 * (mi - mt) / mt;
    }

    /**
     * Displacement [pixels] of a small bright object (a fat marker) from the centre of its ROI, along x
     * (readout for AP phase encoding) or y: the centroid of the magnitude above half the ROI maximum.
     */
    public static double centroidShiftPixels(Image image, CircularRoi roi, boolean alongX) {
        int[] idx = roi.indices(image.grid(), 0);
        double max = 0;
        for (int p : idx) {
            max = Math.max(max, image.data()[p]);
        }
        double sum = 0, moment = 0;
        var g = image.grid();
        for (int p : idx) {
            double w = image.data()[p] - 0.5 * max;
            if (w > 0) {
                int i = p % g.nx(), j = p / g.nx();
                moment += w * (alongX ? g.x(i) - roi.centreX() : g.y(j) - roi.centreY());
                sum += w;
            }
        }
        return moment / sum / (alongX ? g.dx() : g.dy());
    }
}
