package org.modalis.tissue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.UserInputException;

class TissueLibraryTest {

    private static final TissueLibrary LIBRARY = TissueLibrary.load();

    @TempDir
    Path dir;

    @Test
    void shipsEveryRequiredTissueWithASource() {
        List<String> required = List.of("air", "water", "adipose", "soft-tissue", "muscle", "blood", "brain", "lung",
                "bone-cortical", "bone-b100", "pmma", "contrast-iodine-5", "contrast-iodine-10", "contrast-iodine-20",
                "polyethylene", "aluminium", "copper", "lead", "titanium", "iron", "stainless-steel", "tungsten", "unit");
        assertTrue(LIBRARY.names().containsAll(required), "missing: " + required.stream()
                .filter(n -> !LIBRARY.names().contains(n)).toList());
        for (String name : LIBRARY.names()) {
            Tissue t = LIBRARY.require(name);
            assertNotNull(t.xray(), name);
            if (t.xray() instanceof CompositionMaterial c) {
                assertFalse(c.source().isBlank(), name + " has no source");
            }
        }
    }

    @Test
    void densitiesFollowTheCitedSources() {
        assertEquals(0.26, LIBRARY.require("lung").xray().densityGcm3(), 1e-12);      // ICRU 44 inflated lung
        assertEquals(1.92, LIBRARY.require("bone-cortical").xray().densityGcm3(), 1e-12);
        var contrast = (CompositionMaterial) LIBRARY.require("contrast-iodine-10").xray();
        // Iodine per volume = ρ·w_I must be the nominal 10 mg/mL; rounding of the file to 6 digits: 1e-5 g/cm³.
        assertEquals(0.010, contrast.densityGcm3() * contrast.massFractions().get("I"), 1e-5);
    }

    @Test
    void unitIsAConstantOnePerCentimetre() {
        XrayMaterial unit = LIBRARY.require("unit").xray();
        assertInstanceOf(ConstantMaterial.class, unit);
        assertEquals(100.0, unit.mu(30), 0);
        assertEquals(100.0, unit.mu(120), 0);
    }

    @Test
    void findIsExactAndRequireSuggestsTheClosestName() {
        assertTrue(LIBRARY.find("water").isPresent());
        assertTrue(LIBRARY.find("Water").isEmpty());
        var e = assertThrows(UserInputException.class, () -> LIBRARY.require("bone-cortcal"));
        assertEquals("did you mean 'bone-cortical'?", e.hint());
        assertTrue(e.describe().contains("unknown tissue 'bone-cortcal'"), e.describe());
    }

    @Test
    void userFileAddsOrReplacesATissue() throws IOException {
        Path f = write("gel.yaml", """
                name: gel
                description: Agar gel
                xray:
                  density_g_cm3: 1.02
                  composition: {H: 0.111894, O: 0.888106}
                  source: "test"
                """);
        TissueLibrary lib = LIBRARY.withFile(f);
        assertEquals(1.02, lib.require("gel").xray().densityGcm3(), 0);
        assertTrue(LIBRARY.find("gel").isEmpty(), "the original library is unchanged");
        assertEquals(1.02, LIBRARY.withDirectory(dir).require("gel").xray().densityGcm3(), 0);
    }

    @Test
    void unknownElementNamesFileKeyAndFix() throws IOException {
        Path f = write("bad.yaml", tissue("{H: 0.1, ca: 0.9}"));
        var e = assertThrows(UserInputException.class, () -> LIBRARY.withFile(f));
        assertEquals(f, e.file());
        assertEquals("xray.composition.ca", e.key());
        assertEquals("did you mean 'Ca'?", e.hint());
        Path g = write("bad2.yaml", tissue("{H: 0.1, Xx: 0.9}"));
        assertEquals("xray.composition.Xx", assertThrows(UserInputException.class, () -> LIBRARY.withFile(g)).key());
    }

    @Test
    void fractionsThatDoNotSumToOneAreRejected() throws IOException {
        Path f = write("sum.yaml", tissue("{H: 0.1, O: 0.8}"));
        var e = assertThrows(UserInputException.class, () -> LIBRARY.withFile(f));
        assertEquals("xray.composition", e.key());
        assertTrue(e.getMessage().contains("sum to 0.900000"), e.getMessage());
        assertNotNull(e.hint());
    }

    @Test
    void misspelledKeyAndBrokenYamlAreReportedWithLocation() throws IOException {
        Path f = write("key.yaml", "name: x\nxrya: {mu_per_cm: 1, source: s}\n");
        var e = assertThrows(UserInputException.class, () -> LIBRARY.withFile(f));
        assertEquals("xrya", e.key());
        assertEquals("did you mean 'xray'?", e.hint());
        Path g = write("yaml.yaml", "name: x\nxray: {mu_per_cm: 1\n");
        var y = assertThrows(UserInputException.class, () -> LIBRARY.withFile(g));
        assertTrue(y.line() > 0, "line of the YAML error: " + y.describe());
        Path h = write("density.yaml", "name: x\nxray: {density_g_cm3: 1000, composition: {H: 1}, source: s}\n");
        assertEquals("xray.density_g_cm3", assertThrows(UserInputException.class, () -> LIBRARY.withFile(h)).key());
        Path d = write("dup.yaml", tissue("{H: 0.1, O: 0.5, O: 0.4}"));
        assertTrue(assertThrows(UserInputException.class, () -> LIBRARY.withFile(d)).line() > 0, "duplicate key");
        Path i = write("nosource.yaml", "name: x\nxray: {mu_per_cm: 1}\n");
        assertEquals("xray.source", assertThrows(UserInputException.class, () -> LIBRARY.withFile(i)).key());
    }

    private static String tissue(String composition) {
        return "name: bad\nxray:\n  density_g_cm3: 1.0\n  composition: " + composition + "\n  source: test\n";
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
