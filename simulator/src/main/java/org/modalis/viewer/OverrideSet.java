package org.modalis.viewer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The viewer's edits on top of a scenario file, as {@code key=value} overrides (the same mechanism as
 * {@code modalis run --set}): each widget change replaces the value of its key, so the scenario loader
 * revalidates the whole set with its precise messages. Immutable; edits return a new set.
 */
public record OverrideSet(Map<String, String> values) {

    public OverrideSet {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static OverrideSet none() {
        return new OverrideSet(Map.of());
    }

    /** Parses {@code key=value} strings (later ones win). */
    public static OverrideSet of(List<String> overrides) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got '" + o + "'");
            }
            m.put(o.substring(0, eq).strip(), o.substring(eq + 1).strip());
        }
        return new OverrideSet(m);
    }

    /** This set with {@code key} set to {@code value} (moved to the end, so the order shows the last edit). */
    public OverrideSet with(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(values);
        m.remove(key);
        m.put(key, value);
        return new OverrideSet(m);
    }

    /** This set without an override of {@code key}. */
    public OverrideSet without(String key) {
        Map<String, String> m = new LinkedHashMap<>(values);
        m.remove(key);
        return new OverrideSet(m);
    }

    /** The overrides as the loader takes them. */
    public List<String> asList() {
        List<String> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }
}
