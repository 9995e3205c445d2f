package org.modalis.ct;

import org.modalis.phantom.Ray;

/**
 * Fan-beam geometry (Kak &amp; Slaney §3.4). In view β the source sits at S = D·(−sinβ, cosβ), D =
 * {@code sourceIsoM}; the central ray runs from S through the isocentre along d₀ = (sinβ, −cosβ) and the
 * detector axis is e_u = (cosβ, sinβ), as for the parallel view θ = β. The ray at fan angle γ is d₀ turned
 * counter-clockwise by γ (towards +e_u), and it is the parallel ray (t, θ) = (D sinγ, β + γ) — the
 * relation of Kak &amp; Slaney §3.4.1, so Parker's weights apply in their published form.
 *
 * @param views              number of views, ≥ 1
 * @param startRad           source angle β of view 0 [rad]
 * @param arcRad             angular range (0, 4π] [rad]; view v is at start + v·arc/views
 * @param bins               detector bins, ≥ 1
 * @param binSpacing         bin width: [m] at the detector for {@link DetectorShape#FLAT}, [rad] for
 *                           {@link DetectorShape#ARC}
 * @param sourceIsoM         source–isocentre distance D [m], &gt; 0
 * @param sourceDetectorM    source–detector distance [m], ≥ D (for ARC it only places the detector)
 * @param shape              detector shape
 * @param detectorOffsetBins shift of the detector along +u [bins]
 */
public record FanBeamGeometry(int views, double startRad, double arcRad, int bins, double binSpacing,
                              double sourceIsoM, double sourceDetectorM, DetectorShape shape,
                              double detectorOffsetBins) implements CtGeometry {

    public FanBeamGeometry {
        if (views < 1) {
            throw new IllegalArgumentException("views must be ≥ 1, got " + views);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be ≥ 1, got " + bins);
        }
        if (!(arcRad > 0 && arcRad <= 4 * Math.PI)) {
            throw new IllegalArgumentException("arcRad must be in (0, 4π] rad, got " + arcRad);
        }
        if (!(binSpacing > 0) || Double.isInfinite(binSpacing)) {
            throw new IllegalArgumentException("binSpacing must be positive ([m] flat, [rad] arc), got " + binSpacing);
        }
        if (!(sourceIsoM > 0) || Double.isInfinite(sourceIsoM)) {
            throw new IllegalArgumentException("sourceIsoM must be a positive length [m], got " + sourceIsoM);
        }
        if (!(sourceDetectorM >= sourceIsoM) || Double.isInfinite(sourceDetectorM)) {
            throw new IllegalArgumentException("sourceDetectorM must be ≥ sourceIsoM = " + sourceIsoM + " m, got " + sourceDetectorM);
        }
        if (shape == null) {
            throw new IllegalArgumentException("detector shape is required (ARC or FLAT)");
        }
        if (!Double.isFinite(startRad) || !Double.isFinite(detectorOffsetBins)) {
            throw new IllegalArgumentException("startRad and detectorOffsetBins must be finite");
        }
        if (shape == DetectorShape.ARC && halfFan(bins, binSpacing, detectorOffsetBins) >= Math.PI / 2) {
            throw new IllegalArgumentException("arc detector fan angle must be below 180°, got bins·spacing = " + bins * binSpacing + " rad");
        }
    }

    /** A full 360° scan starting at β = 0 with a centred detector. */
    public static FanBeamGeometry fullScan(int views, int bins, double binSpacing, double sourceIsoM,
                                           double sourceDetectorM, DetectorShape shape) {
        return new FanBeamGeometry(views, 0.0, 2 * Math.PI, bins, binSpacing, sourceIsoM, sourceDetectorM, shape, 0.0);
    }

    /**
     * The minimal complete scan, 180° + fan angle (Parker 1982), starting at β = 0, centred detector; the
     * fan angle is the one subtended by the outer edges of the outer bins.
     */
    public static FanBeamGeometry shortScan(int views, int bins, double binSpacing, double sourceIsoM,
                                            double sourceDetectorM, DetectorShape shape) {
        FanBeamGeometry full = fullScan(views, bins, binSpacing, sourceIsoM, sourceDetectorM, shape);
        double arc = Math.PI + 2 * full.halfFanAngle();
        return new FanBeamGeometry(views, 0.0, arc, bins, binSpacing, sourceIsoM, sourceDetectorM, shape, 0.0);
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
        return (bin - bins / 2.0 + detectorOffsetBins) * binSpacing;
    }

    @Override
    public double binIndex(double u) {
        return u / binSpacing + bins / 2.0 - detectorOffsetBins;
    }

    /** Fan angle γ [rad] of detector coordinate u: u itself (ARC) or atan(u / SDD) (FLAT). */
    public double fanAngle(double u) {
        return shape == DetectorShape.ARC ? u : Math.atan(u / sourceDetectorM);
    }

    /** Largest |γ| [rad] reached by the detector, at the outer edge of an outer bin. */
    public double halfFanAngle() {
        if (shape == DetectorShape.ARC) {
            return halfFan(bins, binSpacing, detectorOffsetBins);
        }
        return Math.atan(halfFan(bins, binSpacing, detectorOffsetBins) / sourceDetectorM);
    }

    private static double halfFan(int bins, double spacing, double offset) {
        return (bins / 2.0 + Math.abs(offset)) * spacing;
    }

    /** Source position x [m] in view {@code view}: −D sinβ. */
    public double sourceX(int view) {
        return -sourceIsoM * Math.sin(viewAngle(view));
    }

    /** Source position y [m] in view {@code view}: D cosβ. */
    public double sourceY(int view) {
        return sourceIsoM * Math.cos(viewAngle(view));
    }

    /** The ray from the source at fan angle γ(u): d₀ turned counter-clockwise by γ. */
    @Override
    public Ray ray(int view, double u) {
        double beta = viewAngle(view);
        double gamma = fanAngle(u);
        double phi = beta + gamma;
        return new Ray(sourceX(view), sourceY(view), 0.0, Math.sin(phi), -Math.cos(phi), 0.0);
    }

    /** True for an arc below 360°: not every line is measured twice, so Parker weights are needed. */
    @Override
    public boolean shortScan() {
        return arcRad < 2 * Math.PI * (1 - 1e-12);
    }
}
