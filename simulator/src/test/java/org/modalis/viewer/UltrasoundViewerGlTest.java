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

/**
 * The viewer on an ultrasound lesson ({@code ultrasound/posterior-enhancement}: liver, a cyst, 32 lines), on a
 * real window as {@link ViewerGlTest}: the B-mode panel's greys, the probe face at the top, the line-data sweep,
 * a gain edit (the displayed dB shift by the gain), and the export. Skipped with the reason where no window can
 * be opened, except with {@code CI=true} or {@code REQUIRE_GL=1}.
 */
@Tag("gpu")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UltrasoundViewerGlTest {

    static final List<String> SMALL = List.of();
    static final Duration WAIT = ViewerFixture.WAIT;

    private static Viewer viewer;

    @BeforeEach
    void openViewer() {
        if (viewer == null) {
            viewer = ViewerFixture.openOrSkip("ultrasound/posterior-enhancement", SMALL, getClass());
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
     * The image panel shows the B-mode in dB at the protocol's dynamic range, greys = Window.grey exactly; the
     * displayed image is the run's image with its rows reversed (probe face at the top, as on a scanner).
     */
    @Test
    @Order(1)
    void bModeIsShownWithTheProbeFaceAtTheTop() throws Exception {
        SimulationOutcome o = viewer.awaitResult(WAIT);
        assertTrue(o.ok(), () -> "error: " + o.error());
        UltrasoundView v = o.ultrasound();
        assertEquals("dB", v.unit());
        assertEquals(32, v.rawRows(), "32 lines fired");
        Image run = v.result().image();
        Image shown = v.image();
        int ny = run.grid().ny();
        for (int j = 0; j < ny; j += 5) {
            for (int i = 0; i < run.grid().nx(); i += 5) {
                assertEquals(run.at(i, j), shown.at(i, ny - 1 - j), 0f, "row " + j + " shown as row " + (ny - 1 - j));
            }
        }
        assertEquals(v.defaultWindow(), viewer.displayWindow());
        Screenshot shot = viewer.capture();
        ViewerFixture.checkGreys(viewer, shot, shown, v.defaultWindow());
        ViewerFixture.save(shot, "ultrasound-posterior-enhancement.png");
    }

    /** Line data: fired lines show their envelope, lines not yet fired are black. */
    @Test
    @Order(2)
    void sweepFiresTheLinesOneByOne() {
        viewer.awaitResult(WAIT);
        UltrasoundView v = viewer.shown().orElseThrow().ultrasound();
        viewer.setSweepViews(10);
        viewer.frame(false);
        Screenshot shot = viewer.capture();
        ViewTransform.Placement p = viewer.placement(PanelKind.RAW);
        int brightest = 0;
        for (int c = 0; c < v.rawColumns(); c += 7) {
            brightest = Math.max(brightest, ViewerFixture.grey(shot, p, c, 5));
        }
        assertTrue(brightest > 100, "a fired line shows echoes: brightest grey " + brightest);
        for (int c = 0; c < v.rawColumns(); c += 7) {
            assertEquals(0, ViewerFixture.grey(shot, p, c, 20), "line 20 is not fired yet, column " + c);
        }
        viewer.setSweepViews(-1);
        viewer.frame(false);
    }

    /**
     * Gain is a pure offset of the log-compressed image (G(r) = gain + TGC·r is added to 20·log₁₀ envelope, the
     * scatterers and the noise are the same with the same seed): +6 dB of gain raises the ROI's mean by 6 dB.
     * Pixels on the −(DR + 10) dB floor would not follow, so the ROI is liver speckle well above it; 0.05 dB
     * allows for the few that might.
     */
    @Test
    @Order(3)
    void gainShiftsTheDisplayedDecibels() {
        SimulationOutcome before = viewer.awaitResult(WAIT);
        double m0 = before.ultrasound().metrics().get("roi.beside.mean_db").orElseThrow().value();
        viewer.set("ultrasound.gain_db", "6");
        SimulationOutcome after = viewer.awaitResult(WAIT);
        assertTrue(after.ok(), () -> "error: " + after.error());
        double m6 = after.ultrasound().metrics().get("roi.beside.mean_db").orElseThrow().value();
        System.out.printf("viewer ultrasound: roi.beside.mean_db %.3f at 0 dB gain, %.3f at +6 dB%n", m0, m6);
        assertEquals(6.0, m6 - m0, 0.05);
        viewer.resetOverrides();
        viewer.awaitResult(WAIT);
    }

    @Test
    @Order(4)
    void readOutsAndExportAreUltrasound() throws Exception {
        UltrasoundView v = viewer.awaitResult(WAIT).ultrasound();
        assertTrue(v.acquisitionReadouts().get(1).startsWith("frame rate "), v.acquisitionReadouts().get(1));
        assertTrue(v.acquisitionReadouts().stream().noneMatch(l -> l.contains("CTDI") || l.contains("kerma")), "no dose");
        assertTrue(v.shownMetrics().contains("contrast.behind.beside"), "the lesson's contrast is shown: " + v.shownMetrics());
        // keys left at 0 ("the probe's own") show the linear-5's values on their sliders
        assertEquals(5.0, v.inEffect("ultrasound.frequency_mhz").orElseThrow(), 1e-9);
        assertEquals(25.0, v.inEffect("ultrasound.elevation_focus_mm").orElseThrow(), 1e-9);
        assertEquals(5.0, v.inEffect("ultrasound.elevation_mm").orElseThrow(), 1e-9);
        assertTrue(v.inEffect("ultrasound.depth_mm").isEmpty(), "a key without a 0 sentinel");
        assertEquals(127 * 0.3, v.inEffect("ultrasound.width_mm").orElse(Double.NaN) , 1e-9, "128 elements of 0.3 mm");
        // a linear array has no sector: that widget is greyed; its line width and plane waves act
        assertTrue(!v.applies("ultrasound.sector_deg") && v.applies("ultrasound.width_mm") && v.applies("ultrasound.plane_waves"));
        Path dir = Files.createTempDirectory("modalis-us-view");
        viewer.export(dir);
        viewer.frame(false);
        for (String f : List.of("image.npy", "raw.npy", "image.png", "metrics.json", "view-image.png", "view.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
    }

    /** A Doppler lesson is refused with the reason (the viewer shows B-mode), and the last image stays. */
    @Test
    @Order(5)
    void dopplerScenariosPointToTheCommandLine() {
        viewer.awaitResult(WAIT);
        viewer.open("ultrasound/doppler-pw-laminar");
        SimulationOutcome o = viewer.awaitResult(WAIT);
        assertTrue(!o.ok() && o.error().contains("modalis run"), () -> "expected a refusal, got " + o.error());
        assertTrue(viewer.shown().isPresent(), "the last good image stays on screen");
    }
}
