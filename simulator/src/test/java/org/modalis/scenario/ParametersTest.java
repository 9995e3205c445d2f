package org.modalis.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed view the modality code binds from: values as written or defaulted, misuse as code errors. */
class ParametersTest {

    enum Filter { RAM_LAK, SHEPP_LOGAN, COSINE, HAMMING, HANN }

    enum TooFew { FAN }

    private final Scenario scenario = new ScenarioLoader().load(new ScenarioSource(Path.of("p.yaml"),
            "modality: ct\nphantom: p\nrecon: {filter: ram-lak}\nct: {geometry: parallel}\n", Path.of("."), null), List.of());

    @Test
    void enumsBindByNameWithDashesAsUnderscores() {
        assertEquals(Filter.RAM_LAK, scenario.section("recon").getEnum("filter", Filter.class));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> scenario.section("ct").getEnum("geometry", TooFew.class));
        assertEquals("'ct.geometry' = 'parallel' has no constant in TooFew; the schema's enum and the Java enum disagree",
                e.getMessage());
    }

    @Test
    void writtenVersusDefaulted() {
        Parameters ct = scenario.section("ct");
        assertTrue(ct.isWritten("geometry"));
        assertFalse(ct.isWritten("views"));
        assertTrue(ct.has("views"));
        assertEquals("ct", ct.path());
    }

    @Test
    void askingForAKeyTheSchemaLacksIsACodeError() {
        Parameters ct = scenario.section("ct");
        assertThrows(IllegalStateException.class, () -> ct.getInt("viewz"));
        assertThrows(IllegalStateException.class, () -> ct.getInt("geometry")); // text, not a number
        assertThrows(IllegalStateException.class, () -> ct.getInt("detector_offset")); // 0.25 is no int
    }
}
