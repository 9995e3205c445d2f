package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * The viewer on an X-ray lesson ({@code xray/mas-noise}, 20 cm water cylinder, 64² detector), on a real
 * window as {@link ViewerGlTest}: the three radiography panels, the mAs edit (SNR ∝ √mAs), the read-outs and
 * the export. Skipped with the reason where no window can be opened, except with {@code CI=true} or
 * {@code REQUIRE_GL=1}. Screenshots go to {@code target/viewer/}.
 */
@Tag("gpu")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XrayViewerGlTest {

    /** 64 × 64 pixels of 1 mm: the cylinder's shadow (~22 cm magnified) fills the central columns. */
    static final List<String> SMALL = List.of("xray.cols=64", "xray.rows=64", "xray.pixel_mm=1");
    static final Duration WAIT = ViewerFixture.WAIT;

    private static Viewer viewer;

    @BeforeEach
    void openViewer() {
        if (viewer == null) {
            viewer = ViewerFixture.openOrSkip("xray/mas-noise", SMALL, getClass());
        }
    }

    @AfterAll
    static void closeViewer() {
        if (viewer != null) {
            viewer.close();
            viewer = null;
        }
    }

    /**
     * The panels show what the run computed: the image panel's greys are Window.grey of −ln(I/I₀) at the
     * object-shadow window, the cylinder's centre is brighter (more attenuation) than off-centre, and in the raw
     * panel the detector's edge column (a chord of 192 mm through the cylinder, 32 mm off-axis at the detector,
     * 28.8 mm at the object) reads about e^(0.2 /cm × 0.84 cm) ≈ 1.18 times the centre column's (200 mm), so it is
     * brighter by ~40 grey levels of the 0 … max window; 20 is the bound.
     */
    @Test
    @Order(1)
    void panelsShowAttenuationAndTheRawReading() throws Exception {
        SimulationOutcome o = viewer.awaitResult(WAIT);
        assertTrue(o.ok(), () -> "error: " + o.error());
        XrayView v = o.xray();
        assertEquals("xray", v.modality());
        assertEquals(64, v.rawRows());
        assertEquals(v.defaultWindow(), viewer.displayWindow(), "opens at the object-shadow window");
        Screenshot shot = viewer.capture();
        ViewerFixture.checkGreys(viewer, shot, v.image(), v.defaultWindow());
        Image a = v.truth();
        // Centre of the cylinder (20 cm of water on the central ray) against 8 columns off-centre (shorter chord).
        assertTrue(a.at(32, 32) > a.at(24, 32), "centre attenuates more than off-centre: " + a.at(32, 32) + " vs " + a.at(24, 32));
        ViewTransform.Placement raw = viewer.placement(PanelKind.RAW);
        int edge = ViewerFixture.grey(shot, raw, 0, 32);
        int centre = ViewerFixture.grey(shot, raw, 32, 32);
        System.out.printf("viewer xray: raw grey edge column %d, centre %d; -ln(I/I0) centre %.3f%n", edge, centre, a.at(32, 32));
        assertTrue(edge > centre + 20, "edge column " + edge + " brighter than the centre behind 20 cm of water " + centre);
        ViewerFixture.save(shot, "xray-mas-noise.png");
    }

    /** Four times the mAs: SNR × 2 (quantum noise, SNR ∝ √mAs); 10 % is the tolerance. */
    @Test
    @Order(2)
    void fourTimesTheMasDoublesTheSnr() {
        SimulationOutcome before = viewer.awaitResult(WAIT);
        double snr1 = before.xray().metrics().get("roi.centre.snr").orElseThrow().value();
        viewer.set("xray.mas", "4");
        SimulationOutcome after = viewer.awaitResult(WAIT);
        assertTrue(after.ok(), () -> "error: " + after.error());
        double snr4 = after.xray().metrics().get("roi.centre.snr").orElseThrow().value();
        System.out.printf("viewer xray: SNR at 1 mAs %.2f, at 4 mAs %.2f, ratio %.3f (expected 2)%n", snr1, snr4, snr4 / snr1);
        assertEquals(2.0, snr4 / snr1, 0.2);
        viewer.resetOverrides();
        viewer.awaitResult(WAIT);
    }

    @Test
    @Order(3)
    void readOutsAndExportAreRadiography() throws Exception {
        XrayView v = viewer.awaitResult(WAIT).xray();
        String dose = v.acquisitionReadouts().get(1);
        assertTrue(dose.startsWith("entrance air kerma "), dose);
        assertTrue(v.acquisitionReadouts().stream().noneMatch(l -> l.contains("CTDI")), "no CT dose for radiography");
        assertTrue(v.shownMetrics().contains("roi.centre.snr"), "SNR is shown: " + v.shownMetrics());
        Path dir = Files.createTempDirectory("modalis-xray-view");
        viewer.export(dir);
        viewer.frame(false);
        for (String f : List.of("image.npy", "truth.npy", "image.png", "metrics.json", "view-image.png", "view.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
    }




    /**
     * Flicker on the real window: with A kept at 1 mAs and B at 4 mAs (other noise), frames rendered over 1.3 s
     * (more than one 1 s flicker period) show, at a pixel where the two differ, exactly A's grey or B's grey
     * (Window.grey of the respective image), and both of them.
     */
    @Test
    @Order(4)
    void flickerAlternatesBetweenTheTwoImages() throws Exception {
        XrayView a = viewer.awaitResult(WAIT).xray();
        viewer.keepAsA();
        viewer.set("xray.mas", "4");
        XrayView b = viewer.awaitResult(WAIT).xray();
        Window w = viewer.displayWindow();
        ViewTransform.Placement p = viewer.placement(PanelKind.IMAGE);
        int ci = -1, cj = -1;
        for (int j = 2; j < 62 && ci < 0; j += 3) {
            for (int i = 2; i < 62; i += 3) {
                if (w.grey(a.image().at(i, j)) != w.grey(b.image().at(i, j))) {
                    ci = i;
                    cj = j;
                    break;
                }
            }
        }
        assertTrue(ci >= 0, "A and B differ somewhere on screen");
        int greyA = w.grey(a.image().at(ci, cj));
        int greyB = w.grey(b.image().at(ci, cj));
        viewer.setCompare(CompareMode.FLICKER);
        boolean sawA = false, sawB = false;
        long end = System.nanoTime() + 1_300_000_000L;
        while (System.nanoTime() < end) {
            int g = ViewerFixture.grey(viewer.capture(), p, ci, cj);
            assertTrue(g == greyA || g == greyB, "flicker shows A (" + greyA + ") or B (" + greyB + "), got " + g);
            sawA |= g == greyA;
            sawB |= g == greyB;
            Thread.sleep(40);
        }
        System.out.printf("viewer xray: flicker at pixel (%d, %d): A grey %d seen %b, B grey %d seen %b%n", ci, cj, greyA, sawA, greyB, sawB);
        assertTrue(sawA && sawB, "both images within one period");
        viewer.setCompare(CompareMode.OFF);
        viewer.resetOverrides();
        viewer.awaitResult(WAIT);
    }
}
