package org.modalis.io.dicom;

/**
 * The simulated radiograph's acquisition as the DX Detector, DX Positioning and X-Ray Acquisition Dose
 * modules (PS3.3 §C.8.11.4, C.8.11.5, C.8.7.8) carry it.
 *
 * @param kvp                   peak tube voltage [kV]
 * @param exposureMas           tube current–time product [mAs]
 * @param sourceDetectorMm      SID [mm]
 * @param sourceObjectMm        focal spot to the object's reference plane, SOD [mm]
 * @param imagerPixelSpacingMm  detector pixel pitch at the detector [mm]
 * @param entranceDoseMgy       entrance air kerma on the central ray [mGy] (no backscatter)
 * @param areaDoseProductDgyCm2 kerma–area product [dGy·cm²]
 * @param filterMmAl            added aluminium filtration [mm]
 * @param seriesDescription     LO text
 * @param window                display window in −ln(relative exposure)
 */
public record DxAcquisitionTags(double kvp, double exposureMas, double sourceDetectorMm, double sourceObjectMm,
                                double imagerPixelSpacingMm, double entranceDoseMgy, double areaDoseProductDgyCm2,
                                double filterMmAl, String seriesDescription, NamedWindow window) {

    public DxAcquisitionTags {
        if (!(kvp > 0 && exposureMas > 0 && sourceDetectorMm > 0 && sourceObjectMm > 0 && imagerPixelSpacingMm > 0)) {
            throw new IllegalArgumentException("kVp, mAs, SID, SOD [mm] and pixel spacing [mm] must be positive");
        }
    }
}
