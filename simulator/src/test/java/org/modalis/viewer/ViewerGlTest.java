package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.modalis.ct.CtJob;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.RoiStatistics;

/**
 * The viewer on a real window (Xvfb + Mesa in CI): start it on a scenario, drive it through its API as the
 * widgets do, read the framebuffer back and check what the panels show. Skipped with the reason where no
 * window can be opened, except with {@code CI=true} or {@code REQUIRE_GL=1}, where that is a failure.
 * Screenshots go to {@code target/viewer/}.
 */
@Tag("gpu")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViewerGlTest {

    /** 128² image, 90 views, 256 bins of 2 mm (281 mm at the isocentre covers the 220 mm FOV): ~1 s per run. */
    static final List<String> SMALL = List.of("recon.size=128", "ct.views=90", "ct.bins=256", "ct.bin_mm=2",
            "ct.oversample=1", "recon.backend=cpu");
    static final Duration WAIT = ViewerFixture.WAIT;

    private static Viewer viewer;

    @BeforeEach
    void openViewer() {
        if (viewer == null) {
            viewer = ViewerFixture.openOrSkip("ct/quality", SMALL, getClass());
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
    void waterReadsZeroHuInTheImageTheViewerShows() throws Exception {
        SimulationOutcome o = viewer.awaitResult(WAIT);
        assertTrue(o.ok(), () -> "error: " + o.error());
        Image img = viewer.shown().orElseThrow().result().image();
        assertEquals(128, img.grid().nx());
        CtJob.NamedRoi water = o.job().rois().stream().filter(r -> r.name().equals("centre")).findFirst().orElseThrow();
        RoiStatistics s = RoiStatistics.measure(img, water.roi());
        // Water is 0 HU by the calibration (the water BHC of this scenario). ±5 HU (the bound) is about
        // 2 standard errors of the ROI mean at this small set-up: the pixel σ is ~40 HU (quantum noise plus the
        // view aliasing of 90 views), over 240 pixels σ_mean ≈ 40/√240 ≈ 2.6 HU; measured 1.5 HU with seed 1.
        System.out.printf("viewer: water ROI %.2f HU (sd %.1f HU, %d px)%n", s.mean(), s.standardDeviation(), s.count());
        assertEquals(0, s.mean(), 5, "water ROI mean");
        // Scan time = rotation time × arc / 360°: 1 s rotation, full 360° arc.
        assertEquals(1.0, o.scanTimeS(), 1e-12);
        // The viewer's own ROI tool measures the same thing when drawn over the water ROI.
        double u = water.roi().centreX() / img.grid().dx() + 64;
        double v = water.roi().centreY() / img.grid().dy() + 64;
        viewer.setRoi(new RoiCircle(u, v, water.roi().radius() / img.grid().dx()));
        RoiStatistics drawn = RoiStatistics.measure(img, new RoiCircle(u, v, water.roi().radius() / img.grid().dx()).toMetres(img.grid()));
        assertEquals(s.mean(), drawn.mean(), 1e-9, "same pixels, same mean");
        ViewerFixture.save(viewer.capture(), "quality-roi.png");
    }

    /**
     * After the first image the viewer warms the edits' code up in the background ({@link WarmUpPlan}): every run of
     * the plan ends with nothing published, so the image shown stays the first run's.
     */
    @Test
    @Order(1)
    void warmUpAfterTheFirstImageKeepsItShown() {
        SimulationOutcome first = viewer.awaitResult(WAIT);
        long runs = viewer.awaitWarmUp(WAIT);
        assertEquals(WarmUpPlan.RUNS, runs, "the whole plan ran (no edit came)");
        assertSame(first, viewer.shown().orElseThrow(), "a warm-up run is never shown");
    }

    @Test
    @Order(2)
    void framebufferShowsWindowGreyOfTheHuUnderIt() throws Exception {
        viewer.awaitResult(WAIT);
        Image img = viewer.shown().orElseThrow().result().image();
        Image truth = viewer.shown().orElseThrow().result().truth();
        java.util.Set<Integer> centreGreys = new java.util.HashSet<>();
        for (Window w : List.of(new Window(40, 400), WindowPreset.BRAIN.window(), WindowPreset.BONE.window(), new Window(0, 2000))) {
            viewer.setWindow(w);
            viewer.frame(false);
            Screenshot shot = viewer.capture();
            int checked = 0;
            for (int[] ij : new int[][] {{64, 64}, {40, 70}, {90, 30}, {64, 100}, {20, 64}, {100, 90}}) {
                checkPixel(shot, PanelKind.IMAGE, img, ij[0], ij[1], w);
                checkPixel(shot, PanelKind.TRUTH, truth, ij[0], ij[1], w);
                checked++;
            }
            assertEquals(6, checked);
            ViewTransform.Placement p = viewer.placement(PanelKind.IMAGE);
            centreGreys.add(shot.rgb((int) Math.floor(p.screenX(64.5)), (int) Math.floor(p.screenY(64.5)))[0]);
        }
        // Water (≈ 0 HU, pixel noise σ ≈ 40 HU) maps near grey 102 in 40/400, 0–130 in brain 40/80, ≈ 71 in
        // bone 400/1800 and ≈ 128 in 0/2000: the window really changes what is displayed.
        assertTrue(centreGreys.size() >= 3, "distinct greys of the water centre: " + centreGreys);
        // The panels draw no background of their own; the clear paints the style's window background composited
        // over the old backdrop (WindowBackground), so an empty spot (the foot of the Read-outs panel) reads the
        // grey the translucent panel background used to give: 0.06·0.94 + 0.08·0.06 → 16 of 255 (blue: 16 too).
        // A frame that would draw what the window shows is kept, not rasterised again; a change is drawn at once.
        viewer.frame(false);
        viewer.frame(false);
        long[] before = viewer.frameCounts();
        viewer.frame(false);
        viewer.frame(false);
        long[] idle = viewer.frameCounts();
        assertEquals(before[0], idle[0], "idle frames drawn");
        assertEquals(before[1] + 2, idle[1], "idle frames kept");
        // an idle window neither spins nor stalls: kept frames wait for input or the next 60 Hz tick
        int frames = viewer.runFor(Duration.ofMillis(500));
        assertTrue(frames >= 15 && frames <= 40, "idle frames in 0.5 s at 60 Hz: " + frames);
        idle = viewer.frameCounts();
        viewer.setWindow(new Window(35, 350)); // new greys: the textures are uploaded again
        viewer.frame(false);
        assertEquals(idle[0] + 1, viewer.frameCounts()[0], "a new window is drawn in the next frame");
        Screenshot shot = viewer.capture();
        ViewerFixture.checkGreys(viewer, shot, img, new Window(35, 350));
        int[] empty = shot.rgb(400, shot.height() - 6);
        assertEquals(16, empty[0], "background red");
        assertEquals(16, empty[1], "background green");
        assertEquals(16, empty[2], "background blue");
    }

    /** The grey read back at pixel (i, j)'s centre equals Window.grey(HU) exactly (nearest sampling, no blending). */
    private static void checkPixel(Screenshot shot, PanelKind panel, Image img, int i, int j, Window w) {
        ViewTransform.Placement p = viewer.placement(panel);
        int sx = (int) Math.floor(p.screenX(i + 0.5));
        int sy = (int) Math.floor(p.screenY(j + 0.5));
        int[] rgb = shot.rgb(sx, sy);
        int expected = w.grey(img.at(i, j));
        // Tolerance 0: the texture holds exactly these bytes and nearest sampling copies them to the screen.
        assertEquals(expected, rgb[0], panel + " pixel (" + i + ", " + j + ") = " + img.at(i, j) + " HU in " + w);
        assertEquals(rgb[0], rgb[2], "grey, not coloured");
    }

    @Test
    @Order(3)
    void sweepShowsTheViewsAcquiredSoFar() throws Exception {
        viewer.awaitResult(WAIT);
        var sino = viewer.shown().orElseThrow().result().raw().sinogram();
        viewer.setSweepViews(30);
        viewer.frame(false);
        Screenshot shot = viewer.capture();
        ViewTransform.Placement p = viewer.placement(PanelKind.RAW);
        int bins = sino.geometry().bins();
        int centre = (int) Math.floor(p.screenX(bins / 2.0));
        // View 10 is acquired: the central ray crosses the phantom, so it is bright; view 60 is not yet: black.
        int acquired = shot.rgb(centre, (int) Math.floor(p.screenY(10.5)))[0];
        int pending = shot.rgb(centre, (int) Math.floor(p.screenY(60.5)))[0];
        assertTrue(acquired > 100, "acquired view is bright: " + acquired);
        assertEquals(0, pending, "a view not yet acquired is black");
        ViewerFixture.save(shot, "quality-sweep.png");
        viewer.setSweepViews(-1);
    }

    @Test
    @Order(4)
    void invalidEditIsReportedAndTheLastResultStays() {
        viewer.awaitResult(WAIT);
        SimulationOutcome before = viewer.shown().orElseThrow();
        viewer.set("ct.kvp", "300");
        SimulationOutcome o = viewer.awaitResult(WAIT);
        assertTrue(!o.ok() && o.error().contains("ct.kvp"), () -> "expected a kvp range error, got " + o.error());
        assertTrue(viewer.error().isPresent());
        assertTrue(viewer.shown().orElseThrow() == before, "the last good result stays on screen");
        viewer.set("ct.kvp", "120");
        assertTrue(viewer.awaitResult(WAIT).ok());
    }

    @Test
    @Order(4)
    void anotherPhantomIsImagedWithTheSameProtocol() {
        viewer.awaitResult(WAIT);
        viewer.set("phantom", "water-cylinder"); // what the phantom combo does
        SimulationOutcome o = viewer.awaitResult(WAIT);
        assertTrue(o.ok(), () -> String.valueOf(o.error()));
        assertEquals("water-cylinder", org.modalis.pipeline.RunReport.describePhantom(o.scenario().phantom()));
        assertTrue(o.view().metrics().get("roi.top.mean_hu").isPresent(), "the water cylinder's own ROIs are measured");
        assertTrue(o.phantoms().containsAll(java.util.List.of("water-cylinder", "ct-quality", "us-liver")),
                "the phantom menu: every shipped phantom has X-ray attenuation " + o.phantoms());
        viewer.set("phantom", "ct-quality");
        SimulationOutcome back = viewer.awaitResult(WAIT);
        assertTrue(back.ok());
        // keys a set-up does not use are greyed: the arc once short_scan replaces it
        assertTrue(back.view().applies("ct.arc_deg") && back.view().applies("ct.detector"), "a full fan scan uses both");
        viewer.set("ct.short_scan", "true");
        SimulationOutcome shortScan = viewer.awaitResult(WAIT);
        assertTrue(shortScan.ok(), () -> String.valueOf(shortScan.error()));
        assertTrue(!shortScan.view().applies("ct.arc_deg") && shortScan.view().applies("ct.detector"));
        viewer.set("ct.short_scan", "false");
        assertTrue(viewer.awaitResult(WAIT).ok());
    }

    @Test
    @Order(5)
    void fewerViewsRaiseTheStreakMetric() throws Exception {
        viewer.open("ct/view-aliasing");
        for (String o : List.of("recon.size=128", "ct.bins=368", "ct.bin_mm=2", "ct.oversample=1", "recon.backend=cpu")) {
            String[] kv = o.split("=");
            viewer.set(kv[0], kv[1]);
        }
        List<Double> streaks = new ArrayList<>();
        Image aImage = null;
        for (String views : List.of("360", "24")) {
            viewer.set("ct.views", views);
            SimulationOutcome out = viewer.awaitResult(WAIT);
            assertTrue(out.ok(), () -> "error: " + out.error());
            streaks.add(out.result().metrics().get("streak_index_hu").orElseThrow().value());
            if (views.equals("360")) {
                viewer.keepAsA();
                aImage = out.result().image();
            }
        }
        // 24 views undersample the head's edges (N_views ≳ π/2·N_bins over 180°): the flat-region error σ must
        // at least double compared with 360 views. A factor of 2 is far below the observed ratio (see docs/viewer.md).
        System.out.printf("viewer: streak_index_hu 360 views %.1f HU, 24 views %.1f HU%n", streaks.get(0), streaks.get(1));
        assertTrue(streaks.get(1) > 2 * streaks.get(0), "streak index 360 views " + streaks.get(0) + " HU, 24 views " + streaks.get(1));
        viewer.setCompare(CompareMode.SPLIT);
        viewer.frame(false);
        Screenshot split = viewer.capture();
        ViewerFixture.save(split, "view-aliasing-split.png");
        // Split: the left half shows A (360 views), the right half B (24 views), each with exact greys.
        Image a = aImage;
        Window w = viewer.displayWindow();
        ViewTransform.Placement p = viewer.placement(PanelKind.IMAGE);
        Image b = viewer.shown().orElseThrow().result().image();
        for (int[] ij : new int[][] {{30, 64}, {20, 40}, {100, 64}, {110, 80}}) {
            Image expected = ij[0] < 64 ? a : b;
            int grey = split.rgb((int) Math.floor(p.screenX(ij[0] + 0.5)), (int) Math.floor(p.screenY(ij[1] + 0.5)))[0];
            assertEquals(w.grey(expected.at(ij[0], ij[1])), grey, (ij[0] < 64 ? "A" : "B") + " pixel " + ij[0] + "," + ij[1]);
        }
        viewer.setCompare(CompareMode.OFF);
        viewer.setProfile(new ProfileLine(10, 64, 118, 64));
        viewer.frame(false);
        ViewerFixture.save(viewer.capture(), "view-aliasing-profile.png");
    }

    @Test
    @Order(6)
    void exportWritesTheRunFilesAndTheView() throws Exception {
        viewer.awaitResult(WAIT);
        Path dir = ViewerFixture.SHOTS.resolve("export");
        viewer.export(dir);
        viewer.frame(false);
        for (String f : List.of("image.npy", "raw.npy", "truth.npy", "image.png", "metrics.json", "view.png", "view-image.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        // view-image.png is the reconstruction in the window on screen, largest y in the top row.
        Image img = viewer.shown().orElseThrow().result().image();
        var png = javax.imageio.ImageIO.read(dir.resolve("view-image.png").toFile());
        assertEquals(img.grid().nx(), png.getWidth());
        int top = img.grid().ny() - 1;
        for (int i : new int[] {10, 64, 100}) {
            assertEquals(viewer.displayWindow().grey(img.at(i, top - 40)), png.getRaster().getSample(i, 40, 0), "column " + i);
        }
        Path saved = ViewerFixture.SHOTS.resolve("saved.yaml");
        viewer.saveScenario(saved);
        var loaded = new org.modalis.scenario.ScenarioLoader().load(saved, List.of());
        assertEquals(24, loaded.section("ct").getInt("views"), "the saved scenario holds the edits");
    }

    @Test
    @Order(7)
    void autoBackendRunsBesideTheWindowWithoutSharingIt() {
        // auto opens (and, on a software renderer, closes) a headless EGL context on the worker thread while
        // the window's GLFW context lives on this thread: the run must succeed and the window keep rendering.
        viewer.set("recon.backend", "auto");
        SimulationOutcome o = viewer.awaitResult(WAIT);
        assertTrue(o.ok(), () -> "error: " + o.error());
        System.out.println("viewer: " + o.backend());
        assertTrue(o.backend().startsWith("backend cpu") || o.backend().startsWith("backend gpu"), o.backend());
        Screenshot shot = viewer.capture();
        assertTrue(shot.width() > 0);
    }

    @Test
    @Order(8)
    void mouseHabitsZoomWindowAndDrawTheRoi() {
        viewer.awaitResult(WAIT);
        viewer.setWindow(new Window(40, 400));
        viewer.resetViews();
        viewer.frame(false);
        ViewTransform.Placement p = viewer.placement(PanelKind.IMAGE);
        double cx = p.screenX(64);
        double cy = p.screenY(64);
        // Hover: the read-out names the pixel's HU.
        viewer.frame(false, new SyntheticMouse(cx, cy, false, false, 0));
        viewer.frame(false, new SyntheticMouse(cx, cy, false, false, 0));
        assertTrue(viewer.hoverText().startsWith("image") && viewer.hoverText().endsWith("HU"), viewer.hoverText());

        // Right drag 200 px to the right: width × e, level unchanged (WindowLevelDrag's law, float screen maths).
        drag(cx, cy, cx + 200, cy, false);
        assertEquals(400 * Math.E, viewer.displayWindow().width(), 1e-3);
        assertEquals(40, viewer.displayWindow().level(), 1e-9);

        // One wheel notch zooms ×1.2 about the cursor: the image point under it stays (to 1e-3 px of float maths).
        // ImGui floors the mouse position to whole pixels, so the test uses whole pixels too.
        double sx = Math.floor(cx) + 37;
        double sy = Math.floor(cy) - 21;
        double u = p.u(sx);
        double v = p.v(sy);
        viewer.frame(false, new SyntheticMouse(sx, sy, false, false, 1));
        viewer.frame(false, new SyntheticMouse(sx, sy, false, false, 0));
        ViewTransform.Placement zoomed = viewer.placement(PanelKind.IMAGE);
        assertEquals(1.2, viewer.view(PanelKind.IMAGE).zoom(), 1e-6);
        assertEquals(sx, zoomed.screenX(u), 1e-3);
        assertEquals(sy, zoomed.screenY(v), 1e-3);

        // ROI tool: press at a point, drag 10 image pixels to the right: a circle of radius 10 px there.
        viewer.setTool(Tool.ROI);
        double px = Math.floor(zoomed.screenX(50));
        double py = Math.floor(zoomed.screenY(70));
        double qx = Math.floor(zoomed.screenX(60));
        drag(px, py, qx, py, true);
        RoiCircle roi = viewer.roi().orElseThrow();
        assertEquals(zoomed.u(px), roi.u(), 1e-3);
        assertEquals(zoomed.v(py), roi.v(), 1e-3);
        assertEquals((qx - px) / zoomed.scaleX(), roi.radius(), 1e-3);
        assertEquals(10, roi.radius(), 1.0 / zoomed.scaleX(), "10 pixels, to the whole screen pixel of the drag");
        viewer.setTool(Tool.PAN);
        viewer.resetViews();
    }

    /** A drag as ImGui sees it: press, move in a few frames with the button held, release. */
    private static void drag(double x0, double y0, double x1, double y1, boolean left) {
        viewer.frame(false, new SyntheticMouse(x0, y0, false, false, 0));
        viewer.frame(false, new SyntheticMouse(x0, y0, left, !left, 0));
        for (int k = 1; k <= 4; k++) {
            double t = k / 4.0;
            viewer.frame(false, new SyntheticMouse(x0 + t * (x1 - x0), y0 + t * (y1 - y0), left, !left, 0));
        }
        viewer.frame(false, new SyntheticMouse(x1, y1, false, false, 0));
    }


    /** The modality menu opens that modality's first lesson in the same window (last: it leaves CT). */
    @Test
    @Order(20)
    void theModalityMenuOpensAnotherModalitysFirstLesson() {
        viewer.openModality("mri");
        SimulationOutcome o = viewer.awaitResult(WAIT);
        assertTrue(o.ok(), () -> "error: " + o.error());
        assertEquals("mri", o.view().modality());
        assertTrue(o.request().source().file().toString().replace('\\', '/').endsWith("mri/brain-t1.yaml"),
                o.request().source().file().toString());
        assertEquals("k-space (log10 magnitude)", o.view().title(PanelKind.RAW));
    }
}
