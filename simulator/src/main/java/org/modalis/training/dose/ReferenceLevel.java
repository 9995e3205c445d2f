package org.modalis.training.dose;

import java.util.List;

/**
 * A diagnostic reference level (resources {@code dose/drl.yaml}, with its sources there).
 *
 * @param modality the scenario modality it applies to
 * @param exam     the examination ("adult head")
 * @param metric   the dose metric compared ("ctdi_vol_mgy")
 * @param value    the DRL, in the metric's unit
 * @param unit     that unit
 * @param source   the citation key in drl.yaml
 * @param phantoms the Modalis phantoms that stand in for this examination
 */
public record ReferenceLevel(String modality, String exam, String metric, double value, String unit, String source,
                             List<String> phantoms) {

    public ReferenceLevel {
        phantoms = List.copyOf(phantoms);
        if (!(value > 0)) {
            throw new IllegalArgumentException("a DRL must be > 0, got " + value + " " + unit + " for " + exam);
        }
    }
}
