package org.modalis.ct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.ct.acquisition.BeamSpec;
import org.modalis.ct.acquisition.BadBin;
import org.modalis.ct.acquisition.CtProtocol;
import org.modalis.ct.acquisition.CtScanner;
import org.modalis.ct.acquisition.RigidMotion;
import org.modalis.ct.recon.CpuBackprojector;
import org.modalis.ct.recon.FilterWindow;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.PhantomLibrary;
import org.modalis.pipeline.Progress;
import org.modalis.tissue.TissueLibrary;

/**
 * Reusing the noise-free stages changes nothing: a run answered partly from the memo gives the very bytes of
 * a fresh run, for an edit of the mAs, the seed, a bad element and the filter; an edit of the geometry or
 * the beam recomputes. Small sizes (64², 90 views, 120 elements).
 */
class CtStageMemoTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();
    private static final AnalyticPhantom PHANTOM = new PhantomLibrary(TISSUES).load("ct-quality");
    private static final CtScanner SCANNER = new CtScanner(false, DetectorShape.ARC, 120, 0.002, 0.25, 0.57, 1.04, 2);

    static CtJob job(int views, BeamSpec beam, double mas, long seed, List<BadBin> bad, FilterWindow window) {
        CtProtocol p = new CtProtocol(views, 360, false, 0.005, 1, beam, mas, true, 0, bad, RigidMotion.NONE);
        return new CtJob(PHANTOM, SCANNER, p, new CtReconSettings(window, 1, 64, 0.22, false), List.of(), seed);
    }

    static CtResult fresh(CtJob job) {
        return new CtPipeline(TISSUES).run(job, Progress.NONE);
    }

    @Test
    void editsOfExposureNoiseGainsAndFilterReuseTheProjectionAndGiveTheSameBytes() {
        CtStageMemo memo = new CtStageMemo();
        CtPipeline remembering = new CtPipeline(TISSUES, new CpuBackprojector(), "cpu", memo);
        BeamSpec beam = BeamSpec.mono(70);
        remembering.run(job(90, beam, 100, 1, List.of(), FilterWindow.RAM_LAK), Progress.NONE);
        CtJob[] edits = {
            job(90, beam, 25, 1, List.of(), FilterWindow.RAM_LAK),          // mAs
            job(90, beam, 25, 7, List.of(), FilterWindow.RAM_LAK),          // seed
            job(90, beam, 25, 7, List.of(new BadBin(60, 0.9)), FilterWindow.RAM_LAK), // a miscalibrated element
            job(90, beam, 25, 7, List.of(), FilterWindow.HANN),             // the filter
        };
        for (int i = 0; i < edits.length; i++) {
            CtResult reused = remembering.run(edits[i], Progress.NONE);
            CtResult direct = fresh(edits[i]);
            assertArrayEquals(direct.raw().sinogram().data(), reused.raw().sinogram().data(), "sinogram, edit " + i);
            assertArrayEquals(direct.image().data(), reused.image().data(), "image, edit " + i);
            assertArrayEquals(direct.truth().data(), reused.truth().data(), "truth, edit " + i);
            assertEquals(i + 1, memo.hits()[0], "projection reused, edit " + i);
            assertEquals(i + 1, memo.hits()[1], "truth reused, edit " + i);
        }
    }

    @Test
    void editsOfViewsOrBeamRecompute() {
        CtStageMemo memo = new CtStageMemo();
        CtPipeline remembering = new CtPipeline(TISSUES, new CpuBackprojector(), "cpu", memo);
        remembering.run(job(90, BeamSpec.mono(70), 100, 1, List.of(), FilterWindow.RAM_LAK), Progress.NONE);
        CtJob fewerViews = job(60, BeamSpec.mono(70), 100, 1, List.of(), FilterWindow.RAM_LAK);
        CtResult reused = remembering.run(fewerViews, Progress.NONE);
        assertArrayEquals(fresh(fewerViews).image().data(), reused.image().data());
        CtJob otherBeam = job(60, BeamSpec.mono(80), 100, 1, List.of(), FilterWindow.RAM_LAK);
        reused = remembering.run(otherBeam, Progress.NONE);
        assertArrayEquals(fresh(otherBeam).image().data(), reused.image().data());
        assertEquals(0, memo.hits()[0], "no projection reused");
        assertEquals(1, memo.hits()[1], "the truth depends on the phantom, grid and effective energy only: reused for 60 views");
    }
}
