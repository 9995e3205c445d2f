package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;

/** The widgets come from the schema: keys, ranges, units, choices; every one round-trips through the loader. */
class ParameterCatalogTest {

    private final ParameterCatalog catalog = ParameterCatalog.forModality("ct");

    @Test
    void readsRangesUnitsAndChoicesFromTheSchema() {
        ParameterSpec views = catalog.find("ct.views");
        assertEquals("integer", views.type());
        assertEquals(1, views.min(), 0);
        assertEquals(20000, views.max(), 0);
        assertEquals("views", views.unit());
        assertEquals("[1 … 20000] views", views.rangeText());
        assertEquals(List.of("ram-lak", "shepp-logan", "cosine", "hamming", "hann"), catalog.find("recon.filter").choices());
        assertEquals("kV", catalog.find("ct.kvp").unit());
        assertEquals("ct.motion", catalog.find("ct.motion.period_s").section());
        assertFalse(catalog.find("seed").bounded(), "the seed has no maximum: a text field, not a slider");
        assertNull(catalog.find("ct.bad_bins"), "lists are not scalar widgets");
        assertNull(catalog.find("title"), "lesson text is not a parameter");
    }

    @Test
    void everyWidgetKeyHasAValueAndReloadsAsAnOverride() {
        Scenario sc = new ScenarioLoader().load(ScenarioLibrary.standard().resolve("ct/quality"), List.of());
        JsonNode tree = sc.resolvedTree();
        List<String> overrides = new ArrayList<>();
        for (ParameterSpec s : catalog.specs()) {
            String value = ResolvedValue.of(tree, s.key());
            assertFalse(value.isEmpty(), s.key() + " has a resolved value");
            overrides.add(s.key() + "=" + value);
        }
        assertTrue(overrides.size() >= 30, "all ct and recon scalars: " + overrides.size());
        // Writing every widget's current value back as an override must validate and change nothing.
        Scenario again = new ScenarioLoader().load(ScenarioLibrary.standard().resolve("ct/quality"), overrides);
        // Numbers compare by value: "1" written back for a schema default of 1.0 is the same parameter.
        java.util.Comparator<JsonNode> byValue = (a, b) -> a.isNumber() && b.isNumber()
                ? Double.compare(a.asDouble(), b.asDouble()) : (a.equals(b) ? 0 : 1);
        assertTrue(tree.equals(byValue, again.resolvedTree()), () -> "changed: " + again.resolvedTree());
    }

    @Test
    void numbersAreWrittenAsTheUserWouldType() {
        assertEquals("90", NumberText.of(90.0));
        assertEquals("0.25", NumberText.of(0.25));
        assertEquals("-600", NumberText.of(-600));
        assertEquals("0.0001", NumberText.of(1e-4));
        assertNotNull(NumberText.of(Math.PI));
    }
}
