package org.modalis.ct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.ct.acquisition.BeamSpec;
import org.modalis.ct.acquisition.CtProtocol;
import org.modalis.ct.acquisition.CtScanner;
import org.modalis.ct.acquisition.RigidMotion;
import org.modalis.ct.recon.FilterWindow;
import org.modalis.metrics.CircularRoi;
import org.modalis.metrics.MetricSet;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.PhantomLibrary;
import org.modalis.phantom.Roi;
import org.modalis.pipeline.Progress;
import org.modalis.tissue.TissueLibrary;

/**
 * End-to-end CT physics: HU calibration of the quality phantom, noise scaling with mAs, beam-hardening
 * cupping and its correction, view aliasing, reproducibility. Small sizes (256², 360 views) keep each run
 * near a second; tolerances are argued next to each assertion.
 */
class CtPipelineTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();
    private static final PhantomLibrary PHANTOMS = new PhantomLibrary(TISSUES);
    private static final CtPipeline PIPELINE = new CtPipeline(TISSUES);

    /** Clinical fan geometry trimmed to 400 elements (0.55 mm at the isocentre, 219 mm field). */
    private static final CtScanner SCANNER = new CtScanner(false, DetectorShape.ARC, 400, 0.001, 0.25, 0.57, 1.04, 2);

    static CtResult run(String phantom, int views, BeamSpec beam, double mas, boolean noise, boolean bhc, long seed) {
        return run(phantom, views, beam, mas, noise, bhc, seed, FilterWindow.SHEPP_LOGAN);
    }

    static CtResult run(String phantom, int views, BeamSpec beam, double mas, boolean noise, boolean bhc, long seed,
                        FilterWindow window) {
        AnalyticPhantom p = PHANTOMS.load(phantom);
        CtProtocol protocol = new CtProtocol(views, 360, false, 0.005, 1, beam, mas, noise, 0, List.of(), RigidMotion.NONE);
        CtReconSettings recon = new CtReconSettings(window, 1, 256, 0.22, bhc);
        List<CtJob.NamedRoi> rois = new ArrayList<>();
        for (Roi r : p.rois()) {
            rois.add(new CtJob.NamedRoi(r.name(), new CircularRoi(r.x(), r.y(), r.radius())));
        }
        rois.add(new CtJob.NamedRoi("wide-centre", new CircularRoi(0, 0, 0.04)));
        return PIPELINE.run(new CtJob(p, SCANNER, protocol, recon, rois, seed), Progress.NONE);
    }

    static double metric(CtResult r, String name) {
        MetricSet m = r.metrics();
        return m.get(name).orElseThrow(() -> new AssertionError("no metric " + name)).value();
    }

    @Test
    void qualityPhantomAtOneEnergyReadsTheHuOfEachMaterial() {
        CtResult r = run("ct-quality", 360, BeamSpec.mono(70), 100, false, false, 1);
        // Water and air define the scale: noiseless, so only discretization error remains (measured first:
        // |water| < 0.5 HU, |air + 1000| < 2 HU); the issue's bounds are ±3 and ±5 HU.
        assertEquals(0, metric(r, "roi.centre.mean_hu"), 3);
        assertEquals(0, metric(r, "roi.background.mean_hu"), 3);
        assertEquals(-1000, metric(r, "roi.air.mean_hu"), 5);
        HounsfieldScale scale = new HounsfieldScale(TISSUES.require("water").xray().mu(70), TISSUES.require("air").xray().mu(70));
        for (Roi roi : PHANTOMS.load("ct-quality").rois()) {
            String tissue = roi.name();
            if (TISSUES.find(tissue).isEmpty()) {
                continue; // "centre", "background": water
            }
            double expected = scale.hu(TISSUES.require(tissue).xray().mu(70));
            // The ROI (8 mm) sits inside the 12.5 mm insert, so the mean is the material's plus the small
            // streaks of neighbouring inserts: ±5 HU, or 0.5 % for the dense bone.
            assertEquals(expected, metric(r, "roi." + tissue + ".mean_hu"), Math.max(5, 0.005 * Math.abs(expected)), tissue);
        }
    }

    @Test
    void noiseFallsAsOneOverRootMas() {
        double low = metric(run("water-cylinder", 360, BeamSpec.poly(120, 2.5, 0), 40, true, true, 3), "roi.wide-centre.sd_hu");
        double high = metric(run("water-cylinder", 360, BeamSpec.poly(120, 2.5, 0), 160, true, true, 4), "roi.wide-centre.sd_hu");
        // σ ∝ 1/√mAs: 4× the mAs halves σ. ~5000 pixels with correlated noise estimate each σ to ~2 %;
        // the issue's bound is 10 %.
        assertEquals(2.0, low / high, 0.2, "σ(40 mAs) = " + low + ", σ(160 mAs) = " + high);
    }

    @Test
    void polychromaticBeamCupsAndTheWaterCorrectionRemovesIt() {
        BeamSpec soft = BeamSpec.poly(80, 0, 0);
        double raw = metric(run("water-cylinder", 360, soft, 100, false, false, 1), "cupping_hu");
        double corrected = metric(run("water-cylinder", 360, soft, 100, false, true, 1), "cupping_hu");
        double mono = metric(run("water-cylinder", 360, BeamSpec.mono(60), 100, false, false, 1), "cupping_hu");
        // 80 kVp through 200 mm of water with only the tube's 1 mm Al: the centre reads tens of HU low
        // (measured ~30 HU); the water pre-correction is exact for water (residual from FBP discretization).
        assertTrue(raw > 10, "cupping without correction " + raw);
        assertEquals(0, corrected, 1.5, "cupping after water correction");
        assertEquals(0, mono, 1.5, "cupping with a monochromatic beam");
    }

    @Test
    void fewViewsMakeStreaks() {
        double many = metric(run("ct-quality", 720, BeamSpec.mono(70), 100, false, false, 1), "streak_index_hu");
        double few = metric(run("ct-quality", 48, BeamSpec.mono(70), 100, false, false, 1), "streak_index_hu");
        // 48 views over 360° are far below the ~(π/2)·N_bins needed: aliasing streaks from every insert edge.
        assertTrue(few > 3 * many, "streak index at 48 views " + few + " vs 720 views " + many);
    }

    @Test
    void smootherKernelLowersTheMtf() {
        double ramLak = metric(run("ct-quality", 720, BeamSpec.mono(70), 100, false, false, 1, FilterWindow.RAM_LAK), "mtf50_lp_cm");
        double hann = metric(run("ct-quality", 720, BeamSpec.mono(70), 100, false, false, 1, FilterWindow.HANN), "mtf50_lp_cm");
        // 0.86 mm pixels: Nyquist 5.8 lp/cm. The Hann window halves the ramp's response at half Nyquist, so its
        // MTF50 must fall clearly (measured first: see docs/ct.md); both stay below 1.2 × Nyquist.
        assertTrue(hann < 0.85 * ramLak, "MTF50 Hann " + hann + " vs Ram-Lak " + ramLak);
        assertTrue(ramLak > 2 && ramLak < 7, "MTF50 Ram-Lak " + ramLak + " lp/cm");
    }

    @Test
    void sameSeedSameImage() {
        CtResult a = run("water-cylinder", 90, BeamSpec.poly(120, 2.5, 0), 10, true, true, 9);
        CtResult b = run("water-cylinder", 90, BeamSpec.poly(120, 2.5, 0), 10, true, true, 9);
        assertArrayEquals(a.image().data(), b.image().data());
        assertArrayEquals(a.raw().sinogram().data(), b.raw().sinogram().data());
    }
}
