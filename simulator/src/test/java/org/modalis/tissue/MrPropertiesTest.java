package org.modalis.tissue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;

/** The mri: sections of the shipped tissue files and the reader's checks. */
class MrPropertiesTest {

    private static Tissue parse(String yaml) {
        return new TissueFileReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Path.of("t.yaml"));
    }

    @Test
    void shippedBrainTissuesCarryStaniszValues() {
        TissueLibrary lib = TissueLibrary.load();
        MrProperties wm = lib.find("white-matter").orElseThrow().mri();
        // Stanisz et al. 2005, Table 1: white matter 884/72 ms at 1.5 T, 1084/69 ms at 3 T (exact copies).
        assertEquals(0.884, wm.at(1.5).t1(), 0);
        assertEquals(0.072, wm.at(1.5).t2(), 0);
        assertEquals(1.084, wm.at(3.0).t1(), 0);
        assertEquals(1.820, lib.find("grey-matter").orElseThrow().mri().at(3.0).t1(), 0);
        assertEquals(-3.4, lib.find("adipose").orElseThrow().mri().chemicalShiftPpm(), 0);
        assertNull(lib.find("lead").orElseThrow().mri());
        assertNotNull(lib.find("csf").orElseThrow().xray());
    }

    @Test
    void missingT2StarDefaultsToT2AndErrorsNameTheKey() {
        Tissue t = parse("name: x\nmri: {proton_density: 1, b1_5t: {t1_s: 1, t2_s: 0.1}, b3t: {t1_s: 1.2, t2_s: 0.09}, source: s}\n");
        assertEquals(0.1, t.mri().at(1.5).t2star(), 0);
        var e = assertThrows(UserInputException.class,
                () -> parse("name: x\nmri: {proton_density: 1, b1_5t: {t1_s: 884, t2_s: 72}, b3t: {t1_s: 1, t2_s: 0.1}, source: s}\n"));
        assertEquals("mri.b1_5t", e.key());
        assertTrue(e.getMessage().contains("T1 must be in (0, 100] s"), e.getMessage());
        var missing = assertThrows(UserInputException.class,
                () -> parse("name: x\nmri: {proton_density: 1, b1_5t: {t1_s: 1, t2_s: 0.1}, source: s}\n"));
        assertEquals("mri.b3t", missing.key());
        assertThrows(IllegalArgumentException.class, () -> t.mri().at(7.0));
    }
}
