package org.modalis.io.dicom;

/**
 * One VOI window preset: Window Center / Width (0028,1050–1051) in the rescaled unit (HU for CT) with its
 * explanation (0028,1055), e.g. "SOFT TISSUE" 40 / 400 HU.
 *
 * @param explanation LO text (≤ 64 characters)
 * @param center      window centre
 * @param width       window width (≥ 1, PS3.3 §C.11.2.1.2)
 */
public record NamedWindow(String explanation, double center, double width) {

    public NamedWindow {
        if (!(width >= 1) || !Double.isFinite(center)) {
            throw new IllegalArgumentException("a DICOM window needs a finite centre and a width ≥ 1, got "
                    + center + " / " + width);
        }
        explanation = StudyContext.ascii(explanation, 64);
    }
}
