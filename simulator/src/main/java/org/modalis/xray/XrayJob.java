package org.modalis.xray;

import java.util.List;
import org.modalis.metrics.CircularRoi;
import org.modalis.phantom.Phantom;
import org.modalis.physics.TungstenTube;

/**
 * Everything one radiograph needs: the object, the tube (kVp and filtration), the exposure, the geometry, the
 * detector, whether to draw quantum noise, the ROIs in the detector plane and the seed.
 *
 * @param mas  tube current–time product [mAs], 0.01 … 1000
 * @param focalSpot the focal spot (size, shape, sub-sources)
 * @param heel     model the heel effect (anode towards +z)
 * @param motion   object motion during the exposure (radiography)
 * @param field    the collimated field
 * @param scatter  add the scatter estimate ({@link ScatterModel})
 * @param grid     anti-scatter grid, or {@code null}
 * @param backscatterFactor B for the entrance surface air kerma, 1 … 2
 * @param readout  the panel's blur, read noise and saturation
 * @param targetEi target exposure index EI_T for the deviation index, 1 … 10⁵
 * @param rois named circular ROIs in detector coordinates (x = image x, y = image z) [m]; the first two, if
 *             present, define the reported contrast (object vs background)
 */
public record XrayJob(Phantom phantom, TungstenTube tube, double mas, ProjectionGeometry geometry,
                      CsiDetector detector, FocalSpot focalSpot, boolean heel, MotionBlur motion, Collimator field,
                      boolean scatter, AntiScatterGrid grid, double backscatterFactor, PanelReadout readout, double targetEi, boolean noise,
                      List<NamedRoi> rois, long seed) {

    /** A ROI with the name its metrics carry. */
    public record NamedRoi(String name, CircularRoi roi) {
    }

    public XrayJob {
        if (!(mas >= 0.01 && mas <= 1000)) {
            throw new IllegalArgumentException("mAs must be in [0.01, 1000] mAs, got " + mas);
        }
        if (!(targetEi >= 1 && targetEi <= 1e5)) {
            throw new IllegalArgumentException("target EI must be in [1, 1e5], got " + targetEi);
        }
        rois = List.copyOf(rois);
    }

    /** This job at another exposure (everything else equal). */
    public XrayJob withMas(double newMas) {
        return new XrayJob(phantom, tube, newMas, geometry, detector, focalSpot, heel, motion, field, scatter, grid,
                backscatterFactor, readout, targetEi, noise, rois, seed);
    }
}
