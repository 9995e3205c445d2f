package org.modalis.io.dicom;

import java.util.List;

/**
 * The simulated CT acquisition and reconstruction as the CT Image module (PS3.3 §C.8.2.1) and the CT
 * dose attribute carry them. Values the simulation does not have are NaN (written as empty type-2
 * attributes or left out when optional).
 *
 * @param kvp                      peak tube voltage [kV]; NaN for a monochromatic beam (no tube voltage)
 * @param exposureTimeMs           beam-on time of the acquisition [ms]
 * @param exposureMas              tube current–time product [mAs]
 * @param ctdiVolMgy               CTDIvol [mGy]
 * @param ctdiPhantomDiameterCm    the dosimetry phantom CTDIvol refers to: 16 (head) or 32 (body)
 * @param convolutionKernel        the FBP window and cutoff (SH, ≤ 16 characters)
 * @param filterType               added beam filtration, e.g. "AL2.5 CU0.1" (SH, ≤ 16 characters)
 * @param dataCollectionDiameterMm diameter of the scan field of view [mm]
 * @param reconstructionDiameterMm reconstruction FOV [mm]
 * @param sourceDetectorMm         focal spot to detector [mm]
 * @param sourceIsocentreMm        focal spot to isocentre [mm]
 * @param sliceThicknessMm         nominal slice thickness [mm]
 * @param seriesDescription        LO text
 * @param windows                  VOI presets (scenario window first), in HU
 */
public record CtAcquisitionTags(double kvp, double exposureTimeMs, double exposureMas, double ctdiVolMgy, int ctdiPhantomDiameterCm,
                                String convolutionKernel, String filterType, double dataCollectionDiameterMm,
                                double reconstructionDiameterMm, double sourceDetectorMm, double sourceIsocentreMm,
                                double sliceThicknessMm, String seriesDescription, List<NamedWindow> windows) {

    public CtAcquisitionTags {
        if (!(exposureTimeMs > 0 && exposureMas > 0 && sliceThicknessMm > 0)) {
            throw new IllegalArgumentException("exposure time [ms], mAs and slice thickness [mm] must be positive, got "
                    + exposureTimeMs + ", " + exposureMas + ", " + sliceThicknessMm);
        }
        if (ctdiPhantomDiameterCm != 16 && ctdiPhantomDiameterCm != 32) {
            throw new IllegalArgumentException("the CTDI phantom is 16 (head) or 32 (body) cm, got " + ctdiPhantomDiameterCm);
        }
        convolutionKernel = StudyContext.ascii(convolutionKernel, 16);
        filterType = StudyContext.ascii(filterType, 16);
        windows = List.copyOf(windows);
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a CT image needs at least one window preset");
        }
    }

    /** Mean tube current [mA] = mAs / exposure time. */
    public double tubeCurrentMa() {
        return exposureMas / (exposureTimeMs * 1e-3);
    }
}
