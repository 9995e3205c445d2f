package org.modalis.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;

class PhantomLoaderTest {

    private final TestCatalog catalog = new TestCatalog();
    private final PhantomLoader loader = new PhantomLoader(catalog);
    private final Path file = Path.of("my-phantom.yaml");

    @Test
    void everyShippedPhantomLoadsAndHasItsIndexedDimension() {
        PhantomLibrary library = new PhantomLibrary(catalog);
        assertTrue(library.names().containsAll(java.util.List.of("shepp-logan", "shepp-logan-modified",
                "shepp-logan-3d", "shepp-logan-3d-modified", "forbild-head", "ct-quality", "bar-pattern",
                "low-contrast", "metal-hip")));
        for (PhantomLibrary.Entry e : library.list()) {
            AnalyticPhantom p = library.load(e.name());
            assertEquals(e.name(), p.name());
            assertEquals(e.dimension(), p.dimension(), e.name() + ": index and file disagree on the dimension");
            assertFalse(p.regions().isEmpty());
            assertTrue(p.radius() > 0.05 && p.radius() < 0.3, e.name() + " radius " + p.radius());
            double[] c = new double[p.tissues().size()];
            p.composition(0, 0, 0, c);
        }
        assertEquals(9, library.load("ct-quality").tissues().size());
        assertEquals(11, library.load("ct-quality").rois().size()); // ten material ROIs and the MTF edge
    }

    /** Spot values of the shipped files at points whose composition is known from the definitions. */
    @Test
    void shippedPhantomsHaveTheirPublishedValues() {
        PhantomLibrary library = new PhantomLibrary(catalog);
        // Shepp–Logan brain: 2 − 0.98 = 1.02 (× water); FORBILD brain: 1.8 − 0.75 = 1.05.
        assertEquals(1.02, single(library.load("shepp-logan"), 0, -0.03, 0), 1e-12);
        assertEquals(0.2, single(library.load("shepp-logan-modified"), 0, -0.03, 0), 1e-12);
        assertEquals(1.05, single(library.load("forbild-head"), -0.045, -0.03, 0), 1e-12);
        assertEquals(1.045, single(library.load("forbild-head"), 0, -0.036, 0), 1e-12, "ventricle (CSF)");
        assertEquals(1.005, single(library.load("low-contrast"), 60e-3 * Math.cos(Math.toRadians(-30)),
                60e-3 * Math.sin(Math.toRadians(-30)), 0), 1e-12, "0.5 % 15 mm disc");
    }

    private static double single(AnalyticPhantom p, double x, double y, double z) {
        double[] c = new double[p.tissues().size()];
        p.composition(x, y, z, c);
        double sum = 0;
        for (double v : c) {
            sum += v;
        }
        return sum;
    }

    @Test
    void unknownTissueNamesKeyLineAndClosestName() {
        String yaml = """
                units: mm
                dimension: 2
                regions:
                  - {shape: ellipse, centre_mm: [0, 0], semi_axes_mm: [10, 10], tissue: water}
                  - shape: ellipse
                    centre_mm: [0, 0]
                    semi_axes_mm: [5, 5]
                    tissue: bone-cortcal
                """;
        UserInputException e = assertThrows(UserInputException.class, () -> loader.parse(yaml, file, "x"));
        assertEquals("regions[1].tissue", e.key());
        assertEquals(8, e.line());
        assertEquals(file, e.file());
        assertEquals("did you mean 'bone-cortical'?", e.hint());
        assertTrue(e.describe().startsWith("my-phantom.yaml:8:"), e.describe());
    }

    @Test
    void unknownShapeAndKeyAreSuggested() {
        UserInputException shape = assertThrows(UserInputException.class, () -> loader.parse("""
                units: mm
                dimension: 2
                regions:
                  - {shape: elipse, centre_mm: [0, 0], semi_axes_mm: [10, 10], tissue: water}
                """, file, "x"));
        assertEquals("regions[0].shape", shape.key());
        assertEquals(4, shape.line());
        assertEquals("did you mean 'ellipse'?", shape.hint());

        UserInputException key = assertThrows(UserInputException.class, () -> loader.parse("""
                units: mm
                dimension: 2
                regions:
                  - {shape: ellipse, centre_mm: [0, 0], semi_axis_mm: [10, 10], tissue: water}
                """, file, "x"));
        assertEquals("regions[0].semi_axis_mm", key.key());
        assertEquals("did you mean 'semi_axes_mm'?", key.hint());
    }

    @Test
    void badValuesAreReportedWithTheirKey() {
        UserInputException neg = assertThrows(UserInputException.class, () -> loader.parse("""
                units: mm
                dimension: 3
                regions:
                  - {shape: cylinder, centre_mm: [0, 0, 0], radius_mm: -3, length_mm: 10, tissue: water}
                """, file, "x"));
        assertEquals("regions[0].radius_mm", neg.key());
        UserInputException count = assertThrows(UserInputException.class, () -> loader.parse("""
                units: mm
                dimension: 3
                regions:
                  - {shape: ellipsoid, centre_mm: [0, 0], semi_axes_mm: [1, 2, 3], tissue: water}
                """, file, "x"));
        assertEquals("regions[0].centre_mm", count.key());
        UserInputException units = assertThrows(UserInputException.class, () -> loader.parse("""
                units: cm
                dimension: 2
                regions: []
                """, file, "x"));
        assertEquals("units", units.key());
        UserInputException syntax = assertThrows(UserInputException.class, () -> loader.parse("""
                units: mm
                dimension: 2
                regions: [ {shape: ellipse
                """, file, "x"));
        assertTrue(syntax.line() >= 2, "syntax error located: " + syntax.describe());
    }

    @Test
    void threeDimensionalShapeInATwoDimensionalPhantomIsRejected() {
        UserInputException e = assertThrows(UserInputException.class, () -> loader.parse("""
                units: mm
                dimension: 2
                regions:
                  - {shape: box, centre_mm: [0, 0, 0], size_mm: [1, 2, 3], tissue: water}
                """, file, "x"));
        assertEquals("regions[0].shape", e.key());
        assertEquals(4, e.line());
    }

    @Test
    void clipPlanesAndEulerAnglesAreRead() {
        AnalyticPhantom p = loader.parse("""
                units: mm
                dimension: 3
                regions:
                  - {shape: ellipsoid, centre_mm: [0, 0, 10], semi_axes_mm: [30, 20, 10], euler_deg: [90, 0, 0],
                     tissue: water, clip: [{normal: [0, 1, 0], distance_mm: 5}]}
                """, file, "x");
        double[] c = new double[1];
        p.composition(0, 4e-3, 10e-3, c);
        assertEquals(1, c[0], "inside, below the clip plane y = 5 mm");
        p.composition(0, 6e-3, 10e-3, c);
        assertEquals(0, c[0], "clipped away");
        p.composition(25e-3, 0, 10e-3, c);
        assertEquals(0, c[0], "the 30 mm axis was turned onto y by the 90 degree rotation");
    }

    @Test
    void unknownShippedNameSuggestsTheClosest() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> new PhantomLibrary(catalog).load("shepp-logn"));
        assertEquals("did you mean 'shepp-logan'?", e.hint());
    }
}
