package org.modalis.io.dicom;

import java.util.ArrayList;
import java.util.List;
import org.modalis.image.Image;

/**
 * Builds MR Image IOD instances (PS3.3 §A.4; SOP Class 1.2.840.10008.5.1.4.1.1.4) from a magnitude image
 * in units of fully relaxed water. The classic MR IOD has no rescale attributes, so the value is stored
 * as an unsigned 16-bit integer in units of 10⁻⁴ of the water signal ({@link #SCALE}): 10 000 = water,
 * resolution 10⁻⁴, clamped at 6.5535 — far above any simulated magnitude (≤ ~1.2 with noise).
 */
public final class MrImageIod {

    /** MR Image Storage. */
    public static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.4";
    /** Stored units per unit of magnitude. */
    public static final double SCALE = 10_000;
    /** The magnitude encoding: value = stored / {@link #SCALE}. */
    public static final StoredPixels MAGNITUDE = new StoredPixels(1 / SCALE, 0, false);
    private static final int SERIES = 1;

    private MrImageIod() {
    }

    /** One instance per slice of {@code magnitude}. */
    public static List<DicomInstance> build(StudyContext study, Image magnitude, MrAcquisitionTags tags) {
        PatientGeometry geometry = new PatientGeometry(magnitude.grid(), tags.slicePositionM());
        List<DicomInstance> out = new ArrayList<>();
        for (int k = 0; k < magnitude.grid().nz(); k++) {
            String uid = study.instanceUid(SERIES, k + 1);
            DataSet d = new DataSet()
                    .putAll(CommonModules.patientAndStudy(study))
                    .putAll(CommonModules.seriesAndEquipment(study, "MR", SERIES, tags.seriesDescription(), "HFS", false))
                    .putAll(CommonModules.frameOfReference(study))
                    .putAll(CommonModules.generalImage(study, k + 1))
                    .putAll(CommonModules.imagePlane(geometry, k, tags.sliceThicknessMm()))
                    .putAll(CommonModules.pixels16(magnitude.grid(), MAGNITUDE.encode(magnitude, k), false))
                    .putAll(mrImage(tags))
                    .putAll(CommonModules.sopCommon(study, SOP_CLASS, uid));
            if (!tags.windows().isEmpty()) {
                d.putAll(CommonModules.windows(tags.windows()));
            }
            out.add(new DicomInstance(SOP_CLASS, uid, d));
        }
        return out;
    }

    /** MR Image module (C.8.3.1). */
    static DataSet mrImage(MrAcquisitionTags t) {
        boolean phaseAlongColumns = t.phaseDirection().equals("COL");
        DataSet d = new DataSet()
                .putText(DicomTag.IMAGE_TYPE, "ORIGINAL", "PRIMARY", "OTHER")
                .putText(DicomTag.SCANNING_SEQUENCE, t.scanningSequence().toArray(String[]::new))
                .putText(DicomTag.SEQUENCE_VARIANT, t.sequenceVariant().toArray(String[]::new))
                .putText(DicomTag.SCAN_OPTIONS, t.percentSampling() < 100 ? "PFP" : "")
                .putText(DicomTag.MR_ACQUISITION_TYPE, "2D")
                .putText(DicomTag.SEQUENCE_NAME, t.sequenceName())
                .putDecimal(DicomTag.REPETITION_TIME, t.trMs())
                .putDecimal(DicomTag.ECHO_TIME, t.teMs())
                .putInteger(DicomTag.ECHO_TRAIN_LENGTH, t.echoTrainLength())
                .putDecimal(DicomTag.NUMBER_OF_AVERAGES, t.averages())
                .putDecimal(DicomTag.IMAGING_FREQUENCY, t.imagingFrequencyMhz())
                .putText(DicomTag.IMAGED_NUCLEUS, "1H")
                .putInteger(DicomTag.ECHO_NUMBERS, 1)
                .putDecimal(DicomTag.MAGNETIC_FIELD_STRENGTH, t.fieldT())
                .putDecimal(DicomTag.PERCENT_SAMPLING, t.percentSampling())
                .putDecimal(DicomTag.PERCENT_PHASE_FIELD_OF_VIEW, t.percentPhaseFov())
                .putDecimal(DicomTag.PIXEL_BANDWIDTH, t.pixelBandwidthHz())
                // Acquisition Matrix: frequency rows \ frequency columns \ phase rows \ phase columns.
                .putBinary(DicomTag.ACQUISITION_MATRIX, phaseAlongColumns
                        ? new double[] {0, t.readColumns(), t.phaseRows(), 0}
                        : new double[] {t.readColumns(), 0, 0, t.phaseRows()})
                .putText(DicomTag.IN_PLANE_PHASE_ENCODING_DIRECTION, t.phaseDirection())
                .putDecimal(DicomTag.FLIP_ANGLE, t.flipDeg());
        if (t.inversion()) {
            d.putDecimal(DicomTag.INVERSION_TIME, t.tiMs());
        }
        return d;
    }
}
