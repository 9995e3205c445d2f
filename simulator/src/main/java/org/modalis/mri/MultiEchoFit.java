package org.modalis.mri;

import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.modalis.image.Image;
import org.modalis.metrics.CircularRoi;
import org.modalis.metrics.RoiStatistics;

/**
 * T2 from a multi-echo spin-echo series, as a T2 map is made on a scanner: the ROI mean of echo n at n·TE decays as
 * S₀·e^(−n·TE/T2), so ln S against TE is a line of slope −1/T2 (ordinary least squares, commons-math). Valid while
 * every echo stands well above the noise: the Rician floor of the magnitude (σ√(π/2)) flattens late echoes and
 * lengthens the fitted T2.
 */
final class MultiEchoFit {

    private MultiEchoFit() {
    }

    /** T2 [s] in {@code roi} from the echoes at TE, 2·TE, … ({@code te} [s]); NaN if a mean is not positive. */
    static double t2(List<Image> echoes, CircularRoi roi, double te) {
        SimpleRegression fit = new SimpleRegression();
        for (int n = 1; n <= echoes.size(); n++) {
            double mean = RoiStatistics.measure(echoes.get(n - 1), roi).mean();
            if (!(mean > 0)) {
                return Double.NaN;
            }
            fit.addData(n * te, Math.log(mean));
        }
        return -1 / fit.getSlope();
    }
}
