package org.modalis.io.dicom;

/**
 * One VOI window preset: Window Center / Width (0028,1050–1051) in the rescaled unit (HU for CT) with its
 * explanation (0028,1055), e.g. "SOFT TISSUE" 40 / 400 HU.
 *
 * @param explanation LO text (≤ 64 characters)
 * @param center      window centre
 * @param width       window width (&gt; 0; written as at least 1, the smallest PS3.3 §C.11.2.1.2 allows)
 */
public record NamedWindow(String explanation, double center, double width) {

    public NamedWindow {
        if (!(width > 0) || !Double.isFinite(width) || !Double.isFinite(center)) {
            throw new IllegalArgumentException("a DICOM window needs a finite centre and a positive width, got "
                    + center + " / " + width);
        }
        explanation = StudyContext.ascii(explanation, 64);
    }
}
