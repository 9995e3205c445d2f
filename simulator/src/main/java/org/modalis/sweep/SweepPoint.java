package org.modalis.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * One scenario run of a sweep: its position in the full grid, a folder-safe id, and the value of each
 * varied key (same order as the plan's axes).
 *
 * @param index  0-based position in the full grid (first axis slowest)
 * @param id     folder name under {@code points/}, e.g. {@code p007}
 * @param keys   the varied keys
 * @param values the value of each key at this point
 */
public record SweepPoint(int index, String id, List<String> keys, List<String> values) {

    public SweepPoint {
        keys = List.copyOf(keys);
        values = List.copyOf(values);
        if (index < 0 || keys.size() != values.size()) {
            throw new IllegalArgumentException("index must be ≥ 0 and keys match values, got " + index + ", "
                    + keys + ", " + values);
        }
    }

    /** The {@code key=value} overrides that make this point. */
    public List<String> overrides() {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < keys.size(); a++) {
            out.add(keys.get(a) + "=" + values.get(a));
        }
        return out;
    }

    /** "ct.mas=10, ct.kvp=80": the label drawn on the contact sheet. */
    public String label() {
        return String.join(", ", overrides());
    }
}
