package org.modalis.io.dicom;

import java.util.List;
import org.modalis.image.Grid;

/**
 * The modules every Modalis image IOD shares (PS3.3 Part A): Patient, General Study, General Series,
 * Frame of Reference, General Equipment, General Image, Image Plane, Image Pixel, VOI LUT and SOP Common.
 * Each method returns the module's attributes as a data set for the IOD builders to merge.
 */
public final class CommonModules {

    /** Manufacturer (0008,0070). */
    public static final String MANUFACTURER = "Modalis";
    /** Manufacturer's Model Name (0008,1090). */
    public static final String MODEL = "Modalis simulator";

    private CommonModules() {
    }

    /**
     * Patient (C.7.1.1) and General Study (C.7.2.1) modules. The patient is synthetic, never a real one, so
     * Patient Identity Removed is not claimed (it would ask for a de-identification method).
     */
    public static DataSet patientAndStudy(StudyContext s) {
        return new DataSet()
                .putText(DicomTag.PATIENT_NAME, s.patientName())
                .putText(DicomTag.PATIENT_ID, s.patientId())
                .putEmpty(DicomTag.PATIENT_BIRTH_DATE)
                .putText(DicomTag.PATIENT_SEX, "O")
                .putText(DicomTag.STUDY_INSTANCE_UID, s.studyUid())
                .putText(DicomTag.STUDY_DATE, s.studyDate())
                .putText(DicomTag.STUDY_TIME, s.studyTime())
                .putEmpty(DicomTag.REFERRING_PHYSICIAN_NAME)
                .putText(DicomTag.STUDY_ID, "1")
                .putEmpty(DicomTag.ACCESSION_NUMBER)
                .putText(DicomTag.STUDY_DESCRIPTION, s.studyDescription());
    }

    /**
     * General Series (C.7.3.1) and General Equipment (C.7.5.1).
     *
     * @param patientPosition HFS for CT and MR, or null where the IOD does not ask for it
     * @param imageLaterality whether the IOD carries Image Laterality (DX), which excludes the series'
     *                        Laterality; otherwise Laterality is written empty (type 2C: no paired organ)
     */
    public static DataSet seriesAndEquipment(StudyContext s, String modality, int seriesNumber, String description,
                                             String patientPosition, boolean imageLaterality) {
        DataSet d = new DataSet()
                .putText(DicomTag.MODALITY, modality)
                .putText(DicomTag.SERIES_INSTANCE_UID, s.seriesUid(seriesNumber))
                .putInteger(DicomTag.SERIES_NUMBER, seriesNumber)
                .putText(DicomTag.SERIES_DATE, s.studyDate())
                .putText(DicomTag.SERIES_TIME, s.studyTime())
                .putText(DicomTag.SERIES_DESCRIPTION, StudyContext.ascii(description, 64))
                .putText(DicomTag.MANUFACTURER, MANUFACTURER)
                .putText(DicomTag.MANUFACTURER_MODEL_NAME, MODEL)
                .putText(DicomTag.SOFTWARE_VERSIONS, Part10Writer.IMPLEMENTATION_VERSION);
        if (patientPosition != null) {
            d.putText(DicomTag.PATIENT_POSITION, patientPosition);
        }
        if (!imageLaterality) {
            d.putEmpty(DicomTag.LATERALITY);
        }
        return d;
    }

    /** Frame of Reference (C.7.4.1): one frame per run, so CT/MR slices and series share coordinates. */
    public static DataSet frameOfReference(StudyContext s) {
        return new DataSet()
                .putText(DicomTag.FRAME_OF_REFERENCE_UID, s.frameOfReferenceUid())
                .putEmpty(DicomTag.POSITION_REFERENCE_INDICATOR);
    }

    /** General Image (C.7.6.1): instance number, content date/time (the study's), acquisition number. */
    public static DataSet generalImage(StudyContext s, int instanceNumber) {
        return new DataSet()
                .putInteger(DicomTag.INSTANCE_NUMBER, instanceNumber)
                .putInteger(DicomTag.ACQUISITION_NUMBER, 1)
                .putText(DicomTag.CONTENT_DATE, s.studyDate())
                .putText(DicomTag.CONTENT_TIME, s.studyTime())
                .putText(DicomTag.ACQUISITION_DATE, s.studyDate())
                .putText(DicomTag.ACQUISITION_TIME, s.studyTime());
    }

    /** Image Plane (C.7.6.2) for slice k: spacing, orientation, position [mm], thickness, location. */
    public static DataSet imagePlane(PatientGeometry g, int k, double sliceThicknessMm) {
        Grid grid = g.grid();
        return new DataSet()
                // Pixel Spacing is row spacing (between rows, along y) \ column spacing (along x) [mm].
                .putDecimal(DicomTag.PIXEL_SPACING, grid.dy() * 1e3, grid.dx() * 1e3)
                .putDecimal(DicomTag.IMAGE_ORIENTATION_PATIENT, PatientGeometry.AXIAL_ORIENTATION)
                .putDecimal(DicomTag.IMAGE_POSITION_PATIENT, g.imagePositionMm(k))
                .putDecimal(DicomTag.SLICE_THICKNESS, sliceThicknessMm)
                .putDecimal(DicomTag.SLICE_LOCATION, g.sliceLocationMm(k));
    }

    /** Image Pixel (C.7.6.3) for 16-bit greyscale samples, all 16 bits stored. */
    public static DataSet pixels16(Grid g, short[] stored, boolean signed) {
        return new DataSet()
                .putBinary(DicomTag.SAMPLES_PER_PIXEL, 1)
                .putText(DicomTag.PHOTOMETRIC_INTERPRETATION, "MONOCHROME2")
                .putBinary(DicomTag.ROWS, g.ny())
                .putBinary(DicomTag.COLUMNS, g.nx())
                .putBinary(DicomTag.BITS_ALLOCATED, 16)
                .putBinary(DicomTag.BITS_STORED, 16)
                .putBinary(DicomTag.HIGH_BIT, 15)
                .putBinary(DicomTag.PIXEL_REPRESENTATION, signed ? 1 : 0)
                .putBytes(DicomTag.PIXEL_DATA, Vr.OW, Part10Writer.littleEndian(stored));
    }

    /** Image Pixel (C.7.6.3) for 8-bit greyscale samples. */
    public static DataSet pixels8(int rows, int columns, byte[] stored) {
        return new DataSet()
                .putBinary(DicomTag.SAMPLES_PER_PIXEL, 1)
                .putText(DicomTag.PHOTOMETRIC_INTERPRETATION, "MONOCHROME2")
                .putBinary(DicomTag.ROWS, rows)
                .putBinary(DicomTag.COLUMNS, columns)
                .putBinary(DicomTag.BITS_ALLOCATED, 8)
                .putBinary(DicomTag.BITS_STORED, 8)
                .putBinary(DicomTag.HIGH_BIT, 7)
                .putBinary(DicomTag.PIXEL_REPRESENTATION, 0)
                .putBytes(DicomTag.PIXEL_DATA, Vr.OB, stored);
    }

    /** VOI LUT (C.11.2): one or more window presets, in the rescaled unit; widths below 1 are written as 1. */
    public static DataSet windows(List<NamedWindow> presets) {
        return new DataSet()
                .putDecimal(DicomTag.WINDOW_CENTER, presets.stream().mapToDouble(NamedWindow::center).toArray())
                .putDecimal(DicomTag.WINDOW_WIDTH, presets.stream().mapToDouble(w -> Math.max(1, w.width())).toArray())
                .putText(DicomTag.WINDOW_CENTER_WIDTH_EXPLANATION,
                        presets.stream().map(NamedWindow::explanation).toArray(String[]::new));
    }

    /** SOP Common (C.12.1): class, instance and the instance's creation date/time (the study's). */
    public static DataSet sopCommon(StudyContext s, String sopClassUid, String sopInstanceUid) {
        return new DataSet()
                .putText(DicomTag.SOP_CLASS_UID, sopClassUid)
                .putText(DicomTag.SOP_INSTANCE_UID, sopInstanceUid)
                .putText(DicomTag.INSTANCE_CREATION_DATE, s.studyDate())
                .putText(DicomTag.INSTANCE_CREATION_TIME, s.studyTime());
    }
}
