package org.modalis.ct.acquisition;

import org.modalis.ct.CtGeometry;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.ct.ParallelBeamGeometry;

/**
 * The CT hardware: beam geometry and detector. Students change the {@link CtProtocol}; educators swap
 * scanners. A parallel-beam scanner is the idealised geometry of textbooks (and synchrotrons); a fan-beam
 * scanner is a third-generation clinical machine with an arc (equiangular) or flat detector.
 *
 * @param parallel           true for parallel beam, false for fan beam
 * @param detectorShape      ARC (equiangular) or FLAT (fan beam only)
 * @param bins               detector elements per row, 8–8192
 * @param binPitchM          element pitch at the detector [m] (parallel beam: at the isocentre)
 * @param detectorOffsetBins lateral detector offset [bins], −0.5–0.5 (0.25 = quarter-detector offset)
 * @param sourceIsoM         focal spot to isocentre [m]
 * @param sourceDetectorM    focal spot to detector [m]
 * @param oversample         rays traced per element, averaged as intensities (the element's aperture), 1–16
 */
public record CtScanner(boolean parallel, DetectorShape detectorShape, int bins, double binPitchM,
                        double detectorOffsetBins, double sourceIsoM, double sourceDetectorM, int oversample) {

    public CtScanner {
        Ranges.check("ct.bins", bins, 8, 8192, "elements");
        Ranges.check("ct.bin_mm", binPitchM * 1e3, 0.01, 10, "mm");
        Ranges.check("ct.detector_offset", detectorOffsetBins, -0.5, 0.5, "bins");
        Ranges.check("ct.source_iso_mm", sourceIsoM * 1e3, 50, 5000, "mm");
        Ranges.check("ct.source_detector_mm", sourceDetectorM * 1e3, 100, 10000, "mm");
        Ranges.check("ct.oversample", oversample, 1, 16, "rays per element");
        if (sourceDetectorM <= sourceIsoM) {
            throw new org.modalis.UserInputException("must be larger than source_iso_mm (" + sourceIsoM * 1e3
                    + " mm), got " + sourceDetectorM * 1e3 + " mm", null, 0, 0, "ct.source_detector_mm",
                    "the detector sits beyond the isocentre, e.g. 1040 mm for 570 mm");
        }
    }

    /** Magnification from the isocentre to the detector. */
    public double magnification() {
        return parallel ? 1 : sourceDetectorM / sourceIsoM;
    }

    /** Half the fan angle [rad]: the angle of the outermost ray to the central ray. */
    public double halfFanAngle() {
        if (parallel) {
            return 0;
        }
        double halfWidth = bins / 2.0 * binPitchM + Math.abs(detectorOffsetBins) * binPitchM;
        return detectorShape == DetectorShape.ARC ? halfWidth / sourceDetectorM : Math.atan(halfWidth / sourceDetectorM);
    }

    /** Radius [m] of the scan field of view at the isocentre (what every view sees). */
    public double scanFieldRadius() {
        double halfWidth = (bins / 2.0 - Math.abs(detectorOffsetBins)) * binPitchM;
        if (parallel) {
            return halfWidth;
        }
        double gamma = detectorShape == DetectorShape.ARC ? halfWidth / sourceDetectorM : Math.atan(halfWidth / sourceDetectorM);
        return sourceIsoM * Math.sin(gamma);
    }

    /** Effective area of one detector element [mm²] at the detector, for a slice of thickness sliceM at the isocentre. */
    public double elementAreaMm2(double sliceM) {
        return binPitchM * 1e3 * sliceM * 1e3 * magnification();
    }

    /** Distance [m] from the focal spot to the detector, for the inverse-square law. */
    public double detectorDistanceM() {
        return sourceDetectorM;
    }

    /** Angular range [rad] the protocol scans: its arc, or 180° + the fan angle for a short scan. */
    public double arcRad(CtProtocol protocol) {
        return protocol.shortScan() ? Math.PI + 2 * halfFanAngle() : Math.toRadians(protocol.arcDeg());
    }

    /** The ray geometry for a protocol's views and angular range. */
    public CtGeometry geometry(CtProtocol protocol) {
        double arc = arcRad(protocol);
        if (parallel) {
            return new ParallelBeamGeometry(protocol.views(), 0, arc, bins, binPitchM, detectorOffsetBins);
        }
        double spacing = detectorShape == DetectorShape.ARC ? binPitchM / sourceDetectorM : binPitchM;
        return new FanBeamGeometry(protocol.views(), 0, arc, bins, spacing, sourceIsoM, sourceDetectorM, detectorShape,
                detectorOffsetBins);
    }
}
