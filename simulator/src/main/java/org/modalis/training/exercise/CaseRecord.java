package org.modalis.training.exercise;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One case as it is being built: its id, the students' columns ({@code cases.csv}) and the key's columns
 * ({@code answer-key.csv}), in insertion order.
 */
final class CaseRecord {

    final String id;
    final Map<String, String> student = new LinkedHashMap<>();
    final Map<String, String> key = new LinkedHashMap<>();

    CaseRecord(String id) {
        this.id = id;
        student.put("case", id);
        key.put("case", id);
    }

    /** The lesion's columns in the key (rounded as written into the phantom). */
    void putLesion(Lesion l) {
        key.put("present", l.present() ? "1" : "0");
        key.put("x_mm", Num.text(Lesion.round(l.xMm())));
        key.put("y_mm", Num.text(Lesion.round(l.yMm())));
        key.put("diameter_mm", Num.text(Lesion.round(l.diameterMm())));
        key.put("minor_diameter_mm", Num.text(Lesion.round(l.minorDiameterMm())));
        key.put("tissue", l.tissue());
        key.put("weight", Double.isNaN(l.weight()) ? "" : Num.text(Lesion.round(l.weight())));
    }
}
