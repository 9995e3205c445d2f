package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modalis.UserInputException;

/**
 * Rules that involve two keys, which JSON schema cannot state readably: the detector lies beyond the
 * isocentre, bad bins lie on the detector, ranges have min ≤ max, ROI names are unique, a lesson has a
 * title and an objective. Also collects warnings for accepted settings that have no effect.
 */
final class CrossFieldChecks {

    private final SourceMap map;
    private final List<UserInputException> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    CrossFieldChecks(SourceMap map) {
        this.map = map;
    }

    List<UserInputException> problems() {
        return problems;
    }

    List<String> warnings() {
        return warnings;
    }

    /** Runs every rule on the resolved tree. */
    void check(ObjectNode resolved) {
        if (resolved.has("ct")) {
            checkCt(resolved.get("ct"), KeyPath.ROOT.child("ct"));
        }
        checkExpectations(resolved.path("expect"));
        checkRoiNames(resolved.path("rois"));
        if (resolved.path("expect").size() > 0) {
            for (String key : new String[] {"title", "objective"}) {
                if (!map.isWritten(KeyPath.ROOT.child(key))) {
                    problems.add(map.value(KeyPath.ROOT).error(KeyPath.ROOT.child(key), "a lesson (a scenario with 'expect')"
                            + " needs the key '" + key + "'", "add a line '" + key + ": ...' at the top level"));
                }
            }
        }
    }

    private void checkCt(JsonNode ct, KeyPath at) {
        boolean fan = ct.path("geometry").asText().equals("fan");
        double iso = ct.path("source_iso_mm").asDouble();
        double det = ct.path("source_detector_mm").asDouble();
        if (fan && !(det > iso)) {
            KeyPath key = at.child(map.isWritten(at.child("source_detector_mm")) ? "source_detector_mm" : "source_iso_mm");
            problems.add(map.value(key).error(key, "ct.source_detector_mm must be larger than ct.source_iso_mm, got "
                    + ValueWords.number(det) + " mm and " + ValueWords.number(iso)
                    + " mm: the detector lies beyond the isocentre", "e.g. source_iso_mm: 570 with source_detector_mm: 1040"));
        }
        checkBadBins(ct.path("bad_bins"), ct.path("bins").asInt(), at.child("bad_bins"));
        warnIfUnused(ct, at, "energy_kev", !ct.path("spectrum").asText().equals("mono"), "ct.spectrum is poly");
        warnIfUnused(ct, at, "kvp", ct.path("spectrum").asText().equals("mono"), "ct.spectrum is mono");
        warnIfUnused(ct, at, "detector", !fan, "ct.geometry is parallel");
        warnIfUnused(ct, at, "arc_deg", ct.path("short_scan").asBoolean(), "ct.short_scan is true");
    }

    private void checkBadBins(JsonNode bad, int bins, KeyPath at) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < bad.size(); i++) {
            int bin = bad.get(i).path("bin").asInt();
            KeyPath key = at.child(i).child("bin");
            if (bin >= bins) {
                problems.add(map.value(key).error(key, "bin " + bin + " is not on the detector: must be between 0 and "
                        + (bins - 1) + " for " + bins + " bins", null));
            }
            Integer first = seen.putIfAbsent(bin, i);
            if (first != null) {
                problems.add(map.value(key).error(key, "bin " + bin + " is listed twice (also as item " + first + ")",
                        "give each bin one gain"));
            }
        }
    }

    private void checkExpectations(JsonNode expect) {
        for (int i = 0; i < expect.size(); i++) {
            JsonNode e = expect.get(i);
            KeyPath at = KeyPath.ROOT.child("expect").child(i);
            if (!e.has("min") && !e.has("max")) {
                problems.add(map.value(at).error(at, "an expectation needs 'min', 'max' or both",
                        "e.g. {metric: cupping_hu, min: 20, max: 200}"));
            } else if (e.has("min") && e.has("max") && e.get("min").doubleValue() > e.get("max").doubleValue()) {
                KeyPath key = at.child("max");
                problems.add(map.value(key).error(key, "max (" + ValueWords.compact(e.get("max"))
                        + ") must not be below min (" + ValueWords.compact(e.get("min")) + ")", null));
            }
        }
    }

    private void checkRoiNames(JsonNode rois) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rois.size(); i++) {
            String name = rois.get(i).path("name").asText();
            Integer first = seen.putIfAbsent(name, i);
            if (first != null) {
                KeyPath key = KeyPath.ROOT.child("rois").child(i).child("name");
                problems.add(map.value(key).error(key, "ROI name '" + name + "' is used twice (also by item " + first + ")",
                        "give each ROI its own name"));
            }
        }
    }

    private void warnIfUnused(JsonNode section, KeyPath at, String key, boolean unused, String because) {
        KeyPath k = at.child(key);
        if (unused && map.isWritten(k)) {
            SourceLocation w = map.value(k);
            warnings.add(w.error(k, "is ignored because " + because, null).describe());
        }
    }
}
