package org.modalis.viewer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.scenario.ScenarioEntry;

/**
 * The viewer's two-level scenario menu: a modality, then that modality's scenarios. Built from the entries in
 * the index's order ({@code ScenarioLibrary.inIndexOrder}), picking a modality opens its first scenario, the
 * index's introduction to it (CT: {@code ct/head}; MRI: {@code mri/brain-t1}; …); the scenario combo lists them
 * sorted by name.
 */
final class ScenarioMenu {

    /** Per modality, its scenario names in the index's order; the modalities in the order of their first entry. */
    private final Map<String, List<String>> byModality;
    /** The same names sorted, as the scenario combo lists them (drawn every frame: kept, not re-sorted). */
    private final Map<String, String[]> sorted = new LinkedHashMap<>();

    ScenarioMenu(List<ScenarioEntry> entries) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        entries.forEach(e -> m.computeIfAbsent(e.modality(), k -> new ArrayList<>()).add(e.name()));
        m.replaceAll((k, v) -> List.copyOf(v));
        byModality = java.util.Collections.unmodifiableMap(m);
        byModality.forEach((k, v) -> sorted.put(k, v.stream().sorted().toArray(String[]::new)));
    }

    /** The modalities with at least one scenario, in the order of their first scenario. */
    List<String> modalities() {
        return List.copyOf(byModality.keySet());
    }

    /** The scenario names of {@code modality}, sorted (empty for a modality without scenarios). */
    List<String> scenarios(String modality) {
        return List.of(sortedNames(modality));
    }

    /** As {@link #scenarios}, the array the combo draws (not to be modified). */
    String[] sortedNames(String modality) {
        return sorted.getOrDefault(modality, new String[0]);
    }

    /** The scenario that picking {@code modality} opens: its first in the index. */
    String starter(String modality) {
        List<String> s = byModality.getOrDefault(modality, List.of());
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no scenario of modality '" + modality + "'; modalities: " + modalities());
        }
        return s.get(0);
    }
}
