package org.modalis.mri;

import org.modalis.phantom.PlanarSection;

/**
 * One analytic cross-section and what it adds to each tissue's slab spectrum:
 * C_{tissues[i]}(k) += weights[i]·F_section(k). A region's section appears once even when nested REPLACE regions
 * make it count for several tissues (its own with +w, the enclosing region's tissue with −w), so its transform
 * is evaluated once per k-space sample.
 *
 * @param section the section (at one quadrature node z of the slab)
 * @param tissues tissue indices (the phantom's {@code tissues()} order)
 * @param weights coefficient × quadrature weight / slab thickness per tissue [1]
 */
record SectionNode(PlanarSection section, int[] tissues, double[] weights) {

    SectionNode {
        if (tissues.length != weights.length || tissues.length == 0) {
            throw new IllegalArgumentException("a section node needs one weight per tissue, got " + tissues.length
                    + " tissues and " + weights.length + " weights");
        }
    }
}
