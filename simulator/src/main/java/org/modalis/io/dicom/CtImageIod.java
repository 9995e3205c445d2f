package org.modalis.io.dicom;

import java.util.ArrayList;
import java.util.List;
import org.modalis.image.Image;

/**
 * Builds CT Image IOD instances (PS3.3 §A.3; SOP Class 1.2.840.10008.5.1.4.1.1.2), one per slice of an
 * image in HU. Pixels are signed 16-bit with Rescale Slope 1 and Intercept −1024 HU (the usual scanner
 * encoding: stored 0 is −1024 HU), so HU = stored − 1024 and every HU in [−33792, 31743] is kept to the
 * nearest integer.
 */
public final class CtImageIod {

    /** CT Image Storage. */
    public static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.2";
    /** The HU encoding: value = stored − 1024. */
    public static final StoredPixels HU = new StoredPixels(1, -1024, true);
    private static final int SERIES = 1;

    private CtImageIod() {
    }

    /** One instance per slice of {@code hu} (nz = 1 for a single axial image). */
    public static List<DicomInstance> build(StudyContext study, Image hu, CtAcquisitionTags tags) {
        PatientGeometry geometry = new PatientGeometry(hu.grid(), 0);
        List<DicomInstance> out = new ArrayList<>();
        for (int k = 0; k < hu.grid().nz(); k++) {
            String uid = study.instanceUid(SERIES, k + 1);
            DataSet d = new DataSet()
                    .putAll(CommonModules.patientAndStudy(study))
                    .putAll(CommonModules.seriesAndEquipment(study, "CT", SERIES, tags.seriesDescription(), "HFS", false))
                    .putAll(CommonModules.frameOfReference(study))
                    .putAll(CommonModules.generalImage(study, k + 1))
                    .putAll(CommonModules.imagePlane(geometry, k, tags.sliceThicknessMm()))
                    .putAll(CommonModules.pixels16(hu.grid(), HU.encode(hu, k), true))
                    .putAll(ctImage(tags))
                    .putAll(CommonModules.windows(tags.windows()))
                    .putAll(CommonModules.sopCommon(study, SOP_CLASS, uid));
            out.add(new DicomInstance(SOP_CLASS, uid, d));
        }
        return out;
    }

    /** The dosimetry phantom as a code of DICOM CID 4052 (113690 IEC Head, 113691 IEC Body Dosimetry Phantom). */
    static DataSet ctdiPhantom(int diameterCm) {
        boolean head = diameterCm == 16;
        return new DataSet()
                .putText(DicomTag.CODE_VALUE, head ? "113690" : "113691")
                .putText(DicomTag.CODING_SCHEME_DESIGNATOR, "DCM")
                .putText(DicomTag.CODE_MEANING, head ? "IEC Head Dosimetry Phantom" : "IEC Body Dosimetry Phantom");
    }

    /** CT Image module (C.8.2.1) and the CTDIvol of the CT exposure macro. */
    static DataSet ctImage(CtAcquisitionTags t) {
        DataSet d = new DataSet()
                .putText(DicomTag.IMAGE_TYPE, "ORIGINAL", "PRIMARY", "AXIAL")
                .putDecimal(DicomTag.RESCALE_INTERCEPT, HU.intercept())
                .putDecimal(DicomTag.RESCALE_SLOPE, HU.slope())
                .putText(DicomTag.RESCALE_TYPE, "HU")
                .putText(DicomTag.SCAN_OPTIONS, "AXIAL")
                .putDecimal(DicomTag.DATA_COLLECTION_DIAMETER, t.dataCollectionDiameterMm())
                .putDecimal(DicomTag.RECONSTRUCTION_DIAMETER, t.reconstructionDiameterMm())
                .putDecimal(DicomTag.DISTANCE_SOURCE_TO_DETECTOR, t.sourceDetectorMm())
                .putDecimal(DicomTag.DISTANCE_SOURCE_TO_PATIENT, t.sourceIsocentreMm())
                .putDecimal(DicomTag.GANTRY_DETECTOR_TILT, 0)
                .putText(DicomTag.ROTATION_DIRECTION, "CW")
                .putInteger(DicomTag.EXPOSURE_TIME, Math.round(t.exposureTimeMs()))
                .putInteger(DicomTag.XRAY_TUBE_CURRENT, Math.round(t.tubeCurrentMa()))
                .putInteger(DicomTag.EXPOSURE, Math.round(t.exposureMas()))
                .putInteger(DicomTag.EXPOSURE_IN_UAS, Math.round(t.exposureMas() * 1e3))
                .putText(DicomTag.FILTER_TYPE, t.filterType())
                .putText(DicomTag.CONVOLUTION_KERNEL, t.convolutionKernel());
        if (Double.isNaN(t.kvp())) {
            d.putEmpty(DicomTag.KVP);
        } else {
            d.putDecimal(DicomTag.KVP, t.kvp());
        }
        if (Double.isFinite(t.ctdiVolMgy())) {
            d.putBinary(DicomTag.CTDI_VOL, t.ctdiVolMgy());
            d.putSequence(DicomTag.CTDI_PHANTOM_TYPE_CODE_SEQUENCE, List.of(ctdiPhantom(t.ctdiPhantomDiameterCm())));
        }
        return d;
    }
}
