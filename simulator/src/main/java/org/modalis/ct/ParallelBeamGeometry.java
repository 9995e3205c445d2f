package org.modalis.ct;

import org.modalis.phantom.Ray;

/**
 * Parallel-beam geometry with the Radon convention of Kak &amp; Slaney (§3.1):
 * p(t, θ) = ∫∫ f(x, y) δ(x cosθ + y sinθ − t) dx dy. In view θ the detector axis is (cosθ, sinθ) and the
 * rays run along (−sinθ, cosθ); at θ = 0 the rays are parallel to +y and t = x.
 *
 * @param views              number of views, ≥ 1
 * @param startRad           angle θ of view 0 [rad]
 * @param arcRad             angular range (0, 4π] [rad]; view v is at start + v·arc/views
 * @param bins               detector bins, ≥ 1
 * @param binSpacingM        bin width [m], &gt; 0
 * @param detectorOffsetBins shift of the detector along +u [bins] (e.g. 0.25 for a quarter-detector offset)
 */
public record ParallelBeamGeometry(int views, double startRad, double arcRad, int bins, double binSpacingM,
                                   double detectorOffsetBins) implements CtGeometry {

    public ParallelBeamGeometry {
        if (views < 1) {
            throw new IllegalArgumentException("views must be ≥ 1, got " + views);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be ≥ 1, got " + bins);
        }
        if (!(arcRad > 0 && arcRad <= 4 * Math.PI)) {
            throw new IllegalArgumentException("arcRad must be in (0, 4π] rad, got " + arcRad);
        }
        if (!(binSpacingM > 0) || Double.isInfinite(binSpacingM)) {
            throw new IllegalArgumentException("binSpacingM must be a positive length [m], got " + binSpacingM);
        }
        if (!Double.isFinite(startRad) || !Double.isFinite(detectorOffsetBins)) {
            throw new IllegalArgumentException("startRad and detectorOffsetBins must be finite");
        }
    }

    /** The usual scan: {@code views} over 180° starting at θ = 0, centred detector. */
    public static ParallelBeamGeometry standard(int views, int bins, double binSpacingM) {
        return new ParallelBeamGeometry(views, 0.0, Math.PI, bins, binSpacingM, 0.0);
    }

    @Override
    public double viewAngle(int view) {
        return startRad + view * angularStep();
    }

    @Override
    public double angularStep() {
        return arcRad / views;
    }

    @Override
    public double binCoordinate(double bin) {
        return (bin - bins / 2.0 + detectorOffsetBins) * binSpacingM;
    }

    @Override
    public double binIndex(double u) {
        return u / binSpacingM + bins / 2.0 - detectorOffsetBins;
    }

    /** The ray through the point t·(cosθ, sinθ), direction (−sinθ, cosθ). */
    @Override
    public Ray ray(int view, double u) {
        double theta = viewAngle(view);
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        return new Ray(u * c, u * s, 0.0, -s, c, 0.0);
    }

    /** True for a limited-angle scan (arc &lt; π). */
    @Override
    public boolean shortScan() {
        return arcRad < Math.PI * (1 - 1e-12);
    }
}
