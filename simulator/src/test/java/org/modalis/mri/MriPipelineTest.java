package org.modalis.mri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.metrics.CircularRoi;

/** The pipeline's metrics on a disc: levels, noise reference, and ratios without a denominator left out. */
class MriPipelineTest {

    @Test
    void metricsOfANoiselessDisc() {
        var job = new MriJob(MriFixtures.disc(MriFixtures.WATER, 0, 0, 0.06), new MrScanner(1.5),
                MriFixtures.spinEcho(64, false), new CartesianRecon(1, ReconWindow.NONE),
                List.of(new MriJob.NamedRoi("disc", new CircularRoi(0, 0, 0.03)),
                        new MriJob.NamedRoi("fat-marker", new CircularRoi(0.1, 0.1, 0.01)),
                        new MriJob.NamedRoi("outside-fov", new CircularRoi(0.5, 0, 0.01))), 1);
        MriResult r = new MriPipeline().run(job);
        // The disc reconstructs to its SE signal (1 %, as in MrAcquisitionTest); the truth is the same signal.
        assertEquals(MriFixtures.waterSignal(), r.metrics().get("roi.disc.mean").orElseThrow().value(), 0.01 * MriFixtures.waterSignal());
        assertEquals(2.0 * 64, r.metrics().get("scan_time_s").orElseThrow().value(), 1e-9);
        // A ROI outside the FOV is skipped.
        assertTrue(r.metrics().get("roi.outside-fov.mean").isEmpty());
        assertTrue(r.metrics().get("fat_shift_px").isPresent());
        assertEquals(64, r.images().magnitude().grid().nx());
        assertEquals(64, r.raw().readSamples());   // no readout oversampling in this protocol
    }

    @Test
    void aSignalFreeObjectDropsRatiosInsteadOfFailing() {
        var relax = new org.modalis.tissue.RelaxationTimes(1, 0.1, 0.1);
        var dark = new org.modalis.tissue.Tissue("dark", "PD 0", null, new org.modalis.tissue.MrProperties(0, relax, relax, 0, "test"));
        var job = new MriJob(MriFixtures.disc(dark, 0, 0, 0.05), new MrScanner(1.5), MriFixtures.spinEcho(32, false),
                new CartesianRecon(1, ReconWindow.NONE), List.of(new MriJob.NamedRoi("fat-marker", new CircularRoi(0, 0, 0.02))), 1);
        MriResult r = new MriPipeline().run(job);
        // All-zero image and truth: overshoot and centroid are 0/0, so they are absent; the means are 0.
        assertTrue(r.metrics().get("gibbs_overshoot_pct").isEmpty());
        assertTrue(r.metrics().get("fat_shift_px").isEmpty());
        assertEquals(0, r.metrics().get("roi.fat-marker.mean").orElseThrow().value(), 0);
    }
}
