package org.modalis.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions catch single typos and dropped unit suffixes, and stay silent for unrelated words. */
class KeySuggestionTest {

    private static final List<String> CT = List.of("geometry", "detector", "views", "arc_deg", "bins", "bin_mm",
            "source_iso_mm", "source_detector_mm", "kvp", "energy_kev", "filter_mm_al", "filter_mm_cu");

    @Test
    void typosAndMissingSuffixes() {
        assertEquals("views", KeySuggestion.closest("viewz", CT));
        assertEquals("views", KeySuggestion.closest("Views", CT));
        assertEquals("arc_deg", KeySuggestion.closest("arc", CT));
        assertEquals("energy_kev", KeySuggestion.closest("energy", CT));
        assertEquals("source_iso_mm", KeySuggestion.closest("source_iso", CT));
        assertEquals("kvp", KeySuggestion.closest("kvP", CT));
    }

    @Test
    void noSuggestionForUnrelatedWords() {
        assertNull(KeySuggestion.closest("colour", CT));
        assertNull(KeySuggestion.closest("x", CT));
    }
}
