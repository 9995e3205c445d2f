package org.modalis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.io.JsonWriter;

/** Metrics keep their order, refuse duplicates and non-finite values, and serialise stably. */
class MetricSetTest {

    @Test
    void orderIsInsertionOrderAndNamesAreUnique() {
        MetricSet s = MetricSet.empty().with(new Metric("noise", 5.2, "HU", "σ in centre"))
                .with(new Metric("CNR", 1.9, "1", "…"));
        assertEquals(List.of("noise", "CNR"), s.metrics().stream().map(Metric::name).toList());
        assertEquals(1.9, s.get("CNR").orElseThrow().value());
        assertThrows(IllegalArgumentException.class, () -> s.with(new Metric("CNR", 2, "1", "again")));
    }

    @Test
    void nonFiniteValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Metric("x", Double.NaN, "1", ""));
        assertEquals("MTF50 = 4.00000 lp/cm", new Metric("MTF50", 4, "lp/cm", "").summary());
    }

    @Test
    void jsonIsStable() {
        MetricSet s = MetricSet.empty().with(new Metric("RMSE", 1.5, "HU", "vs truth"));
        assertEquals("{\n  \"metrics\": [\n    {\n      \"name\": \"RMSE\",\n      \"value\": 1.5,\n      \"unit\": \"HU\",\n"
                + "      \"description\": \"vs truth\"\n    }\n  ]\n}\n", new JsonWriter().toJson(s));
    }
}
