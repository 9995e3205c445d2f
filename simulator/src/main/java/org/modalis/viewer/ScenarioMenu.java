package org.modalis.viewer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.modalis.scenario.ScenarioEntry;

/**
 * The viewer's two-level scenario menu: a modality, then that modality's scenarios. Built from the entries in
 * the index's order ({@code ScenarioLibrary.inIndexOrder}), picking a modality opens its first scenario, the
 * index's introduction to it (CT: {@code ct/head}; MRI: {@code mri/brain-t1}; …); the scenario combo lists them
 * sorted by name.
 */
final class ScenarioMenu {

    private final List<ScenarioEntry> entries;

    ScenarioMenu(List<ScenarioEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The modalities with at least one scenario, in the order of their first scenario. */
    List<String> modalities() {
        LinkedHashSet<String> m = new LinkedHashSet<>();
        entries.forEach(e -> m.add(e.modality()));
        return new ArrayList<>(m);
    }

    /** The scenario names of {@code modality}, sorted. */
    List<String> scenarios(String modality) {
        return inOrder(modality).stream().sorted().toList();
    }

    /** The scenario that picking {@code modality} opens: its first in the index. */
    String starter(String modality) {
        List<String> s = inOrder(modality);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no scenario of modality '" + modality + "'; modalities: " + modalities());
        }
        return s.get(0);
    }

    private List<String> inOrder(String modality) {
        return entries.stream().filter(e -> e.modality().equals(modality)).map(ScenarioEntry::name).toList();
    }
}
