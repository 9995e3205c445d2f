package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.scenario.ScenarioEntry;
import org.modalis.scenario.ScenarioLibrary;

/** The modality menu over the shipped scenario index. */
class ScenarioMenuTest {

    private final ScenarioMenu menu = new ScenarioMenu(ScenarioLibrary.standard().inIndexOrder());

    @Test
    void everyModalityIsOfferedInTheIndexOrder() {
        List<String> m = menu.modalities();
        assertTrue(m.containsAll(List.of("ct", "mri", "xray", "ultrasound")), m.toString());
        assertEquals("ct", m.get(0), "the index opens with CT");
        assertEquals(m.size(), m.stream().distinct().count(), "each modality once");
    }

    @Test
    void aModalityListsOnlyItsScenariosAndOpensItsFirst() {
        assertEquals("ct/head", menu.starter("ct"));
        assertEquals("mri/brain-t1", menu.starter("mri"));
        for (String modality : menu.modalities()) {
            List<String> names = menu.scenarios(modality);
            assertTrue(!names.isEmpty(), modality);
            for (ScenarioEntry e : ScenarioLibrary.standard().list()) {
                assertEquals(e.modality().equals(modality), names.contains(e.name()), e.name() + " under " + modality);
            }
        }
    }

    @Test
    void anUnknownModalityNamesTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> menu.starter("pet"));
        assertTrue(e.getMessage().contains("ultrasound"), e.getMessage());
    }
}
