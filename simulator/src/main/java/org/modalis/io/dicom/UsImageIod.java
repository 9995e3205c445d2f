package org.modalis.io.dicom;

import java.util.List;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * Builds a US Image IOD instance (PS3.3 §A.6; SOP Class 1.2.840.10008.5.1.4.1.1.6.1) from a scan-converted
 * B-mode image: 8-bit MONOCHROME2 grey levels through the display window (the dynamic range, e.g. −60 … 0
 * dB), rows from the largest y (the transducer face, at the top) down, columns along x. One US region
 * (2-D tissue, the whole image) gives readers the physical pixel size in cm.
 */
public final class UsImageIod {

    /** Ultrasound Image Storage. */
    public static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.6.1";
    private static final int SERIES = 1;
    /** PS3.3 C.8.5.5.1.15: physical units code 3 = cm. */
    private static final int UNITS_CM = 3;

    private UsImageIod() {
    }

    /** The instance for a 2-D B-mode image shown through {@code window}. */
    public static DicomInstance build(StudyContext study, Image bmode, Window window, UsAcquisitionTags tags) {
        Grid g = bmode.grid();
        if (!g.is2d()) {
            throw new IllegalArgumentException("a B-mode frame is one 2-D image, got nz = " + g.nz());
        }
        String uid = study.instanceUid(SERIES, 1);
        DataSet d = new DataSet()
                .putAll(CommonModules.patientAndStudy(study))
                .putAll(CommonModules.seriesAndEquipment(study, "US", SERIES, tags.seriesDescription(), null, false))
                .putAll(CommonModules.generalImage(study, 1))
                .putAll(CommonModules.pixels8(g.ny(), g.nx(), grey(bmode, window)))
                .putEmpty(DicomTag.PATIENT_ORIENTATION)
                .putText(DicomTag.IMAGE_TYPE, "DERIVED", "PRIMARY")
                .putText(DicomTag.LOSSY_IMAGE_COMPRESSION, "00")
                .putSequence(DicomTag.SEQUENCE_OF_ULTRASOUND_REGIONS, List.of(region(g, tags)))
                .putAll(CommonModules.sopCommon(study, SOP_CLASS, uid));
        return new DicomInstance(SOP_CLASS, uid, d);
    }

    /** 8-bit grey levels of {@link Window#grey}, rows from the largest y down. */
    static byte[] grey(Image image, Window window) {
        Grid g = image.grid();
        byte[] out = new byte[g.nx() * g.ny()];
        for (int r = 0; r < g.ny(); r++) {
            int j = g.ny() - 1 - r;
            for (int i = 0; i < g.nx(); i++) {
                out[r * g.nx() + i] = (byte) window.grey(image.data()[g.index(i, j, 0)]);
            }
        }
        return out;
    }

    /** One region covering the image: 2-D tissue data, pixel size in cm (PS3.3 C.8.5.5.1). */
    static DataSet region(Grid g, UsAcquisitionTags t) {
        return new DataSet()
                .putBinary(DicomTag.REGION_SPATIAL_FORMAT, 1)
                .putBinary(DicomTag.REGION_DATA_TYPE, 1)
                .putBinary(DicomTag.REGION_FLAGS, 0)
                .putBinary(DicomTag.REGION_LOCATION_MIN_X0, 0)
                .putBinary(DicomTag.REGION_LOCATION_MIN_Y0, 0)
                .putBinary(DicomTag.REGION_LOCATION_MAX_X1, g.nx() - 1)
                .putBinary(DicomTag.REGION_LOCATION_MAX_Y1, g.ny() - 1)
                .putBinary(DicomTag.PHYSICAL_UNITS_X_DIRECTION, UNITS_CM)
                .putBinary(DicomTag.PHYSICAL_UNITS_Y_DIRECTION, UNITS_CM)
                .putBinary(DicomTag.PHYSICAL_DELTA_X, g.dx() * 100)
                .putBinary(DicomTag.PHYSICAL_DELTA_Y, g.dy() * 100)
                .putBinary(DicomTag.TRANSDUCER_FREQUENCY, Math.round(t.transducerFrequencyHz() / 1e3));
    }
}
