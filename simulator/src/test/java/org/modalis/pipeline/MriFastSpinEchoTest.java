package org.modalis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;
import org.modalis.metrics.MetricSet;
import org.modalis.mri.MriJob;
import org.modalis.mri.MriPipeline;
import org.modalis.mri.PulseSequence;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;

/** The fse lesson end to end: its keys bind, its scan time is TR·N/ETL·NEX and its contrast is the effective TE's. */
class MriFastSpinEchoTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();

    private static MriJob bind(String... overrides) {
        var s = new ScenarioLoader().load(ScenarioLibrary.standard().resolve("mri/fse-t2-blurring"), List.of(overrides));
        return new MriScenarioBinding(TISSUES).bind(s);
    }

    private static double value(MetricSet m, String name) {
        return m.get(name).orElseThrow(() -> new AssertionError("no metric " + name)).value();
    }

    @Test
    void scanTimeIsDividedByEtlAndContrastIsTheEffectiveTe() {
        MriJob job = bind("mri.te_ms=100", "mri.nex=2");
        assertEquals(PulseSequence.FSE, job.protocol().sequence());
        assertEquals(32, job.protocol().echoTrain().length());
        assertEquals(0.020, job.protocol().echoTrain().spacing(), 1e-15);
        MetricSet m = new MriPipeline().run(job).metrics();
        // TR · N / ETL · NEX = 4 s · 256 / 32 · 2, exact in double (all factors are small integers or 4.0).
        assertEquals(4.0 * 256 / 32 * 2, value(m, "scan_time_s"), 0);
        // CSF/WM at TE_eff 100 ms: the signal equation with the train's recovery, (PD, T1, T2) from phantoms/tissues.
        double csf = 1.0 * (1 - Math.exp(-(4 - 0.64) / 4.0)) * Math.exp(-0.1 / 2.0);
        double wm = 0.69 * (1 - Math.exp(-(4 - 0.64) / 0.884)) * Math.exp(-0.1 / 0.072);
        double ratio = value(m, "roi.csf.mean") / value(m, "roi.white-matter.mean");
        // Within the ROI noise: the per-pixel relative sd of the two ROIs (about 1 % and 4 % at NEX 2) added in
        // quadrature; the textbook recovery 1 − e^(−(TR − ETL·ESP)/T1) differs from the exact train's by < 1e-4 here.
        double csfSd = value(m, "roi.csf.sd") / value(m, "roi.csf.mean");
        double wmSd = value(m, "roi.white-matter.sd") / value(m, "roi.white-matter.mean");
        double tolerance = csf / wm * Math.hypot(csfSd, wmSd);
        assertEquals(csf / wm, ratio, tolerance, "CSF/WM " + ratio + " vs " + csf / wm + " ± " + tolerance);
        assertTrue(tolerance < 0.1 * csf / wm, "the test must be able to fail: tolerance " + tolerance);
    }

    @Test
    void anEffectiveTeOffTheTrainIsReportedWithTheAllowedValues() {
        var e = assertThrows(UserInputException.class, () -> bind("mri.te_ms=85"));
        assertTrue(e.getMessage().contains("mri.te_ms") && e.getMessage().contains("nearest allowed: 80 ms")
                && e.getMessage().contains("[20, 640] ms"), e.getMessage());
        var etl = assertThrows(UserInputException.class, () -> bind("mri.etl=24"));
        assertTrue(etl.getMessage().contains("mri.etl"), etl.getMessage());
        var radial = assertThrows(UserInputException.class, () -> bind("mri.trajectory=radial", "mri.matrix_read=256"));
        assertTrue(radial.getMessage().contains("mri.trajectory: cartesian"), radial.getMessage());
    }
}
