package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.metrics.CircularRoi;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Box;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Region;
import org.modalis.physics.TubeFilter;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.TungstenTube;
import org.modalis.pipeline.Progress;
import org.modalis.tissue.TissueLibrary;

/**
 * Reusing the noise-free exposure changes nothing: an mAs, seed or noise edit answered from the memo gives the very
 * bytes and metrics of a fresh run; a kVp edit recomputes. Scatter and a grid are on, so the scaled exposure
 * includes the scatter estimate and the grid metrics. Small panel (64 × 16).
 */
class XrayExposureMemoTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();
    private static final AnalyticPhantom PHANTOM = new AnalyticPhantom("slab-bar", List.of(
            Region.of(new Box(Pose.aboutZ(0, 0, 0, 0), 0.4, 0.2, 0.4), TISSUES.find("water").orElseThrow()),
            Region.of(new Box(Pose.aboutZ(0, 0, 0, 0), 8e-3, 8e-3, 0.4), TISSUES.find("bone-cortical").orElseThrow())));

    private static XrayJob job(double kvp, double mas, boolean noise, long seed) {
        return job(kvp, mas, noise, seed, 2.5);
    }

    /** The tube's added aluminium is a new material object on every call, as the scenario binding makes it. */
    private static XrayJob job(double kvp, double mas, boolean noise, long seed, double filterMmAl) {
        ProjectionGeometry g = new ProjectionGeometry(1.5, 0.12, 4e-3, 64, 16);
        List<XrayJob.NamedRoi> rois = List.of(new XrayJob.NamedRoi("bone", new CircularRoi(0, 0, 4e-3)),
                new XrayJob.NamedRoi("tissue", new CircularRoi(40e-3, 0, 4e-3)));
        TungstenTube tube = TungstenTube.of(kvp).withAddedFilter(new TubeFilter(new TungstenSpectrumModel().aluminium(), filterMmAl));
        return new XrayJob(PHANTOM, tube, mas, g, new CsiDetector(5e-4), FocalSpot.POINT, false,
                MotionBlur.NONE, Collimator.OPEN, true, new AntiScatterGrid(10, 40, 45e-6, true), 1.35, PanelReadout.IDEAL,
                400, noise, rois, seed);
    }

    private static void assertSameRun(XrayResult expected, XrayResult actual, String what) {
        assertArrayEquals(expected.raw().reading(), actual.raw().reading(), what + ": reading");
        assertArrayEquals(expected.image().data(), actual.image().data(), what + ": image");
        assertArrayEquals(expected.truth().data(), actual.truth().data(), what + ": truth");
        assertEquals(expected.metrics().toString(), actual.metrics().toString(), what + ": metrics");
    }

    @Test
    void exposureNoiseAndSeedEditsReuseTheExposureAndGiveTheSameBytes() {
        XrayExposureMemo memo = new XrayExposureMemo();
        XrayPipeline remembering = new XrayPipeline(memo);
        remembering.run(job(80, 10, true, 1), Progress.NONE);
        XrayJob[] edits = {job(80, 2.5, true, 1), job(80, 2.5, true, 9), job(80, 40, false, 9)};
        for (int i = 0; i < edits.length; i++) {
            assertSameRun(new XrayPipeline().run(edits[i], Progress.NONE), remembering.run(edits[i], Progress.NONE), "edit " + i);
            assertEquals(i + 1, memo.hits(), "exposure reused, edit " + i);
        }
    }

    @Test
    void theNoiseFreeSignalScalesWithTheMasAndAKvpEditRecomputes() {
        XrayExposureMemo memo = new XrayExposureMemo();
        XrayPipeline remembering = new XrayPipeline(memo);
        XrayResult one = remembering.run(job(80, 10, false, 1), Progress.NONE);
        XrayResult four = remembering.run(job(80, 40, false, 1), Progress.NONE);
        // Photon counts ∝ mAs: 4× the reading to float rounding (1e-6 relative).
        for (int k = 0; k < one.raw().reading().length; k += 7) {
            assertEquals(4 * one.raw().reading()[k], four.raw().reading()[k], 1e-6 * four.raw().reading()[k]);
        }
        XrayJob otherTube = job(100, 40, false, 1);
        assertSameRun(new XrayPipeline().run(otherTube, Progress.NONE), remembering.run(otherTube, Progress.NONE), "kVp edit");
        XrayJob otherFilter = job(100, 40, false, 1, 3.0);
        assertSameRun(new XrayPipeline().run(otherFilter, Progress.NONE), remembering.run(otherFilter, Progress.NONE), "filter edit");
        assertEquals(1, memo.hits(), "only the 40 mAs run at 80 kVp was answered from memory");
    }
}
