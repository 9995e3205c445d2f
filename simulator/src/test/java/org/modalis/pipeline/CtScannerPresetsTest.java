package org.modalis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.acquisition.CtScanner;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLoader;

/** A named scanner fills the hardware keys the scenario leaves out; written keys and overrides win. */
class CtScannerPresetsTest {

    @TempDir
    Path tmp;

    private CtScanner scanner(String ct, List<String> overrides) throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, "modality: ct\nphantom: water-cylinder\nct:\n" + ct);
        Scenario s = new ScenarioLoader().load(f, overrides);
        return CtScenarioBinding.scanner(s.section("ct"));
    }

    @Test
    void presetFillsUnwrittenKeys() throws Exception {
        CtScanner s = scanner("  scanner: cbct-flat\n", List.of());
        assertFalse(s.parallel());
        assertEquals(DetectorShape.FLAT, s.detectorShape());
        assertEquals(1024, s.bins());
        assertEquals(1.0, s.sourceIsoM(), 1e-12);
        assertEquals(1.5, s.sourceDetectorM(), 1e-12);
    }

    @Test
    void writtenKeysAndOverridesWin() throws Exception {
        CtScanner s = scanner("  scanner: textbook-parallel\n  bins: 300\n", List.of("ct.bin_mm=0.8"));
        assertTrue(s.parallel());
        assertEquals(300, s.bins());
        assertEquals(0.0008, s.binPitchM(), 1e-12);
        assertEquals(0, s.detectorOffsetBins());
    }

    @Test
    void defaultScannerIsTheSchemaDefaults() throws Exception {
        CtScanner s = scanner("  views: 90\n", List.of());
        // mm → m as the binding converts (570 · 1e-3 is not the double 0.57).
        assertEquals(new CtScanner(false, DetectorShape.ARC, 736, 1.0 * 1e-3, 0.25, 570 * 1e-3,
                1040 * 1e-3, 2), s);
    }
}
