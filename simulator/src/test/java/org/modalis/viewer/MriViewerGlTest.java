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
import org.modalis.metrics.RoiStatistics;
import org.modalis.mri.MriJob;
import org.modalis.mri.TissueSignals;
import org.modalis.tissue.Tissue;

/**
 * The viewer on an MRI lesson ({@code mri/brain-t1} at 64²), on a real window as {@link ViewerGlTest}: the
 * three MRI panels, the k-space sweep with the reconstruction of the partly filled k-space, and a protocol
 * edit. Skipped with the reason where no window can be opened, except with {@code CI=true} or
 * {@code REQUIRE_GL=1}. Screenshots go to {@code target/viewer/}.
 */
@Tag("gpu")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MriViewerGlTest {

    /** 64 × 64 (readout oversampled to 128 samples): ~0.1 s per run. */
    static final List<String> SMALL = List.of("mri.matrix_read=64", "mri.matrix_phase=64");
    static final Duration WAIT = ViewerFixture.WAIT;

    private static Viewer viewer;

    @BeforeEach
    void openViewer() {
        if (viewer == null) {
            viewer = ViewerFixture.openOrSkip("mri/brain-t1", SMALL, getClass());
        }
    }

    @AfterAll
    static void closeViewer() {
        if (viewer != null) {
            viewer.close();
            viewer = null;
        }
    }

    @Test
    @Order(1)
    void kSpaceCentreIsTheBrightestRegion() throws Exception {
        SimulationOutcome o = viewer.awaitResult(WAIT);
        assertTrue(o.ok(), () -> "error: " + o.error());
        MriView v = o.mri();
        assertEquals(64, v.rawRows());
        assertEquals("a.u.", v.unit());
        // The window opens at the image's 0.5–99.5 percentile range (no display: key in the lesson).
        assertEquals(PercentileWindow.of(v.image().data(), 0.5, 99.5), viewer.displayWindow());
        Screenshot shot = viewer.capture();
        ViewTransform.Placement p = viewer.placement(PanelKind.RAW);
        int cols = v.rawColumns();
        int rows = v.rawRows();
        // The k-space centre (k = 0, sample (N_p/2, N_r/2)) holds the whole slice's signal: it is the largest
        // magnitude, so its grey is 255 (the window's top), and every 8 × 8 block of samples away from the
        // centre is darker on average than the 8 × 8 block around it.
        int centre = ViewerFixture.grey(shot, p, cols / 2, rows / 2);
        assertEquals(255, centre, "k = 0 is the brightest sample");
        double centreBlock = blockMean(shot, p, cols / 2 - 4, rows / 2 - 4);
        for (int r = 0; r + 8 <= rows; r += 8) {
            for (int c = 0; c + 8 <= cols; c += 8) {
                if (Math.abs(r + 4 - rows / 2) >= 8 || Math.abs(c + 4 - cols / 2) >= 8) {
                    double m = blockMean(shot, p, c, r);
                    assertTrue(m < centreBlock, "block at (" + c + ", " + r + ") mean grey " + m + " >= centre " + centreBlock);
                }
            }
        }
        System.out.printf("viewer mri: k-space centre block grey %.1f, corner block %.1f%n", centreBlock, blockMean(shot, p, 0, 0));
    }

    @Test
    @Order(2)
    void sweepReconstructsThePartlyFilledKSpace() throws Exception {
        viewer.awaitResult(WAIT);
        MriView v = viewer.shown().orElseThrow().mri();
        int lines = v.acquiredRows();
        viewer.setWindow(v.defaultWindow());
        viewer.setSweepViews(lines / 2);
        Image half = viewer.awaitSweep(WAIT);
        Screenshot shot = viewer.capture();
        ViewerFixture.checkGreys(viewer, shot, half, v.defaultWindow());
        // Half of the lines in linear order are the k_p < 0 half without the centre line (k_p = 0 is line N_p/2,
        // the next one): the image lacks its mean along phase and is mostly edges, so it must differ clearly from
        // the full image, not by rounding. Mean |difference| relative to the image's mean: measured 0.89; bound 0.05.
        double diff = meanAbsDifference(half, v.image()) / mean(v.image());
        System.out.printf("viewer mri: 50 %% of lines: mean |partial - full| / mean = %.3f%n", diff);
        assertTrue(diff > 0.05, "the half-filled k-space's image differs from the full one: " + diff);
        // A line acquired is shown in the k-space panel, a line not yet acquired is black.
        ViewTransform.Placement p = viewer.placement(PanelKind.RAW);
        assertTrue(ViewerFixture.grey(shot, p, v.rawColumns() / 2, lines / 2 - 1) > 100, "the last acquired line crosses k_r = 0: bright");
        assertEquals(0, ViewerFixture.grey(shot, p, v.rawColumns() / 2, lines / 2 + 1), "a line not yet acquired is black");

        // Five eighths of the lines: the centre is in, the image has its contrast back but is blurred along phase.
        viewer.setSweepViews(lines * 5 / 8);
        Image fiveEighths = viewer.awaitSweep(WAIT);
        shot = viewer.capture();
        ViewerFixture.checkGreys(viewer, shot, fiveEighths, v.defaultWindow());
        ViewerFixture.save(shot, "mri-kspace-sweep.png");

        // Every line acquired: the same k-space, so the same CartesianRecon gives the run's image to the bit.
        Image all = v.reconstructUpTo(lines);
        assertEquals(0, meanAbsDifference(all, v.image()), 0.0, "same k-space, same CartesianRecon");
        viewer.setSweepViews(-1);
        viewer.frame(false);
        assertTrue(viewer.imageShown().orElseThrow() == v.image(), "the full sweep shows the run's image");
        shot = viewer.capture();
        ViewerFixture.checkGreys(viewer, shot, v.image(), v.defaultWindow());
        ViewerFixture.save(shot, "mri-brain-t1.png");
    }

    @Test
    @Order(3)
    void longerEchoTimeDarkensWhiteMatterAsTheSpinEchoEquationSays() {
        SimulationOutcome before = viewer.awaitResult(WAIT);
        double te15 = whiteMatter(before);
        viewer.set("mri.te_ms", "60");
        SimulationOutcome after = viewer.awaitResult(WAIT);
        assertTrue(after.ok(), () -> "error: " + after.error());
        double te60 = whiteMatter(after);
        double expected = predicted(after) / predicted(before);
        // SE: S = PD·(1 − 2e^(−(TR − TE/2)/T1) + e^(−TR/T1))·e^(−TE/T2); white matter at 3 T (T2 = 69 ms) loses
        // e^(−45/69) ≈ 0.52 of its signal from TE 15 to 60 ms. The ROI means carry noise (SNR ≈ 60 at 64²) and
        // slight partial volume; 5 % on the ratio is ~4 standard errors of it.
        System.out.printf("viewer mri: white matter TE 15 ms %.4f, TE 60 ms %.4f, ratio %.4f (signal equation %.4f)%n",
                te15, te60, te60 / te15, expected);
        assertTrue(te60 < te15, "longer TE, more T2 decay");
        assertEquals(expected, te60 / te15, 0.05 * expected);
        viewer.set("mri.te_ms", "15");
        viewer.awaitResult(WAIT);
    }

    @Test
    @Order(4)
    void readOutsAndExportAreMri() throws Exception {
        SimulationOutcome o = viewer.awaitResult(WAIT);
        MriView v = o.mri();
        // Scan time = TR × phase lines × NEX = 0.5 s × 64 × 1 = 32 s; no dose line (no ionizing radiation).
        String scan = v.acquisitionReadouts().get(1);
        assertTrue(scan.startsWith("scan time 32.0 s = TR 500 ms x 64 phase lines x NEX 1"), scan);
        assertTrue(v.acquisitionReadouts().stream().noneMatch(l -> l.contains("CTDI")), "no CT dose for MRI");
        assertTrue(v.shownMetrics().contains("roi.white-matter.snr") && v.shownMetrics().contains("cnr.white-matter.grey-matter"),
                "SNR and CNR are shown: " + v.shownMetrics());
        Path dir = Files.createTempDirectory("modalis-mri-view");
        viewer.export(dir);
        viewer.frame(false); // view.png is written after the next frame
        for (String f : List.of("image.npy", "raw.npy", "truth.npy", "image.png", "raw.png", "metrics.json", "view-image.png", "view.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        viewer.set("mri.tr_ms", "2000");
        viewer.awaitResult(WAIT);
        viewer.saveScenario(dir.resolve("saved.yaml"));
        var saved = new org.modalis.scenario.ScenarioLoader().load(
                org.modalis.scenario.ScenarioLibrary.standard().resolve(dir.resolve("saved.yaml").toString()), List.of());
        assertEquals(2000, saved.section("mri").getDouble("tr_ms"), 0, "the saved scenario holds the edit");
        viewer.resetOverrides();
        viewer.awaitResult(WAIT);
    }

    private static double whiteMatter(SimulationOutcome o) {
        MriJob.NamedRoi wm = o.mri().job().rois().stream().filter(r -> r.name().equals("white-matter")).findFirst().orElseThrow();
        return RoiStatistics.measure(o.mri().image(), wm.roi()).mean();
    }

    /** The signal equation's white-matter signal for the run's protocol. */
    private static double predicted(SimulationOutcome o) {
        MriJob job = o.mri().job();
        List<Tissue> tissues = job.phantom().tissues();
        TissueSignals s = TissueSignals.of(tissues, job.scanner(), job.protocol());
        for (int i = 0; i < tissues.size(); i++) {
            if (tissues.get(i).name().equals("white-matter")) {
                return s.signal()[i];
            }
        }
        throw new AssertionError("no white-matter tissue");
    }



    private static double blockMean(Screenshot shot, ViewTransform.Placement p, int c0, int r0) {
        double sum = 0;
        for (int r = r0; r < r0 + 8; r++) {
            for (int c = c0; c < c0 + 8; c++) {
                sum += ViewerFixture.grey(shot, p, c, r);
            }
        }
        return sum / 64;
    }

    private static double meanAbsDifference(Image a, Image b) {
        double s = 0;
        for (int i = 0; i < a.data().length; i++) {
            s += Math.abs(a.data()[i] - b.data()[i]);
        }
        return s / a.data().length;
    }

    private static double mean(Image a) {
        double s = 0;
        for (float x : a.data()) {
            s += x;
        }
        return s / a.data().length;
    }

}
