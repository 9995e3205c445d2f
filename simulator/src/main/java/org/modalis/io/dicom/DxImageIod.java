package org.modalis.io.dicom;

import java.util.List;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * Builds a Digital X-Ray Image IOD instance, For Presentation (PS3.3 §A.26; SOP Class
 * 1.2.840.10008.5.1.4.1.1.1.1), from a radiograph of relative exposure E (detector signal / open field).
 * A presentation image is log-transformed like a digital radiography chain's: the DX Image module fixes the
 * Modality LUT to identity (slope 1, intercept 0), so the stored value is the attenuation itself,
 * stored = round(1000·(−ln E + 1)) — unsigned, 10⁻³ resolution, −ln E from −1 (noise above the open field)
 * to 64.5 — with Pixel Intensity Relationship LOG and sign −1 (higher values, less exposure) and
 * MONOCHROME2, so bone is bright as on film.
 */
public final class DxImageIod {

    /** Digital X-Ray Image Storage – For Presentation. */
    public static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.1.1";
    /** Stored units per unit of −ln E. */
    public static final double SCALE = 1000;
    /** Stored value of −ln E = 0 (the open field). */
    public static final double OFFSET = 1000;
    private static final StoredPixels ATTENUATION = new StoredPixels(1 / SCALE, -OFFSET / SCALE, false);
    private static final int SERIES = 1;

    private DxImageIod() {
    }

    /** The instance for a 2-D relative-exposure image (columns x, rows detector z). */
    public static DicomInstance build(StudyContext study, Image relativeExposure, DxAcquisitionTags tags) {
        return build(study, relativeExposure, tags, SERIES, 1);
    }

    /**
     * The frames of a fluoroscopy or DSA run as one series of DX instances (series 2 of the study, instance
     * numbers 1 … n in time order, sharing the run's acquisition tags), beside the run's final image (series 1).
     */
    public static List<DicomInstance> buildSeries(StudyContext study, List<Image> relativeExposures, DxAcquisitionTags tags) {
        List<DicomInstance> out = new java.util.ArrayList<>();
        for (int n = 0; n < relativeExposures.size(); n++) {
            out.add(build(study, relativeExposures.get(n), tags, SERIES + 1, n + 1));
        }
        return out;
    }

    private static DicomInstance build(StudyContext study, Image relativeExposure, DxAcquisitionTags tags, int series,
                                       int instance) {
        if (!relativeExposure.grid().is2d()) {
            throw new IllegalArgumentException("a radiograph is one 2-D image, got nz = " + relativeExposure.grid().nz());
        }
        Image attenuation = attenuation(relativeExposure);
        String uid = study.instanceUid(series, instance);
        DataSet d = new DataSet()
                .putAll(CommonModules.patientAndStudy(study))
                .putAll(CommonModules.seriesAndEquipment(study, "DX", series, tags.seriesDescription(), null, true))
                .putAll(CommonModules.generalImage(study, instance))
                .putAll(CommonModules.pixels16(attenuation.grid(), ATTENUATION.encode(attenuation, 0), false))
                .putAll(dxImage(tags))
                .putAll(CommonModules.windows(List.of(stored(tags.window()))))
                .putAll(CommonModules.sopCommon(study, SOP_CLASS, uid));
        return new DicomInstance(SOP_CLASS, uid, d);
    }

    /** −ln E at every pixel, floored at E = 10⁻⁹. */
    static Image attenuation(Image e) {
        float[] v = new float[e.data().length];
        for (int k = 0; k < v.length; k++) {
            v[k] = (float) -Math.log(Math.max(e.data()[k], 1e-9f));
        }
        return new Image(e.grid(), v, "-ln relative exposure", "1", new Window(0, 1));
    }

    /** A window in −ln E as Window Center/Width in stored units (the identity Modality LUT). */
    static NamedWindow stored(NamedWindow w) {
        return new NamedWindow(w.explanation(), w.center() * SCALE + OFFSET, Math.max(1, w.width() * SCALE));
    }

    /** X-Ray Filtration module (C.8.7.10): a flat aluminium filter, or none. */
    static DataSet filtration(double mmAl) {
        if (!(mmAl > 0)) {
            return new DataSet().putText(DicomTag.FILTER_TYPE, "NONE");
        }
        return new DataSet()
                .putText(DicomTag.FILTER_TYPE, "FLAT")
                .putText(DicomTag.FILTER_MATERIAL, "ALUMINUM")
                .putDecimal(DicomTag.FILTER_THICKNESS_MINIMUM, mmAl)
                .putDecimal(DicomTag.FILTER_THICKNESS_MAXIMUM, mmAl);
    }

    /** DX Series, DX Anatomy Imaged, DX Image, DX Detector, DX Positioning, X-Ray Acquisition Dose, Acquisition Context. */
    static DataSet dxImage(DxAcquisitionTags t) {
        return new DataSet()
                .putText(DicomTag.PRESENTATION_INTENT_TYPE, "FOR PRESENTATION")
                .putText(DicomTag.IMAGE_LATERALITY, "U")
                .putSequence(DicomTag.ANATOMIC_REGION_SEQUENCE, List.of())
                // Rows run from +z (head) down, columns towards +x (the patient's left): PS3.3 C.7.6.1.1.1.
                .putText(DicomTag.PATIENT_ORIENTATION, "L", "F")
                .putText(DicomTag.IMAGE_TYPE, "DERIVED", "PRIMARY")
                .putText(DicomTag.PIXEL_INTENSITY_RELATIONSHIP, "LOG")
                .putBinary(DicomTag.PIXEL_INTENSITY_RELATIONSHIP_SIGN, -1)
                .putDecimal(DicomTag.RESCALE_INTERCEPT, 0)
                .putDecimal(DicomTag.RESCALE_SLOPE, 1)
                .putText(DicomTag.RESCALE_TYPE, "US")
                .putText(DicomTag.PRESENTATION_LUT_SHAPE, "IDENTITY")
                .putText(DicomTag.LOSSY_IMAGE_COMPRESSION, "00")
                .putText(DicomTag.BURNED_IN_ANNOTATION, "NO")
                .putText(DicomTag.DETECTOR_TYPE, "SCINTILLATOR")
                .putDecimal(DicomTag.IMAGER_PIXEL_SPACING, t.imagerPixelSpacingMm(), t.imagerPixelSpacingMm())
                .putText(DicomTag.VIEW_POSITION, "AP")
                .putDecimal(DicomTag.DISTANCE_SOURCE_TO_DETECTOR, t.sourceDetectorMm())
                .putDecimal(DicomTag.DISTANCE_SOURCE_TO_PATIENT, t.sourceObjectMm())
                .putDecimal(DicomTag.ESTIMATED_RADIOGRAPHIC_MAGNIFICATION_FACTOR, t.sourceDetectorMm() / t.sourceObjectMm())
                .putDecimal(DicomTag.KVP, t.kvp())
                .putInteger(DicomTag.EXPOSURE, Math.round(t.exposureMas()))
                .putInteger(DicomTag.EXPOSURE_IN_UAS, Math.round(t.exposureMas() * 1e3))
                .putDecimal(DicomTag.AREA_DOSE_PRODUCT, t.areaDoseProductDgyCm2())
                .putDecimal(DicomTag.ENTRANCE_DOSE_IN_MGY, t.entranceDoseMgy())
                .putEmpty(DicomTag.POSITIONER_TYPE)
                .putAll(filtration(t.filterMmAl()))
                .putSequence(DicomTag.ACQUISITION_CONTEXT_SEQUENCE, List.of());
    }
}
