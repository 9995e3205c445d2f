package org.modalis.mri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modalis.image.Image;
import org.modalis.metrics.CircularRoi;
import org.modalis.metrics.RoiStatistics;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;

/** Off-resonance distortion, RF spike and zipper against their closed forms. */
class FieldAndFaultTest {

    private static final MrScanner SCANNER = new MrScanner(1.5);
    private static final CartesianRecon PLAIN = new CartesianRecon(1, ReconWindow.NONE);

    private static MrProtocol protocol() {
        return new MrProtocol(PulseSequence.SE, 2.0, 0.02, 0, 90, 0.24, 0.24, 128, 128, 0.005, 0, 1, 100,
                PhaseDirection.AP, 2, false, null);
    }

    private static Image image(KSpace k, MrProtocol p) {
        return PLAIN.reconstruct(k, p).magnitude();
    }

    @Test
    void aFieldOffsetShiftsAlongReadoutByOffsetOverBandwidthPerPixel() {
        MrProtocol p = protocol();
        // 250 Hz at 100 Hz/pixel: 2.5 pixels along x (readout for AP phase encoding), none along y.
        KSpace k = MrAcquisition.acquire(MriFixtures.disc(MriFixtures.WATER, 0.03, 0.02, 0.01), SCANNER, p,
                new ShimField(250, 0, 0), new Rng(1), Progress.NONE);
        Image img = image(k, p);
        CircularRoi roi = new CircularRoi(0.03, 0.02, 0.02);
        // A 10 mm disc at 1.875 mm pixels: the half-maximum centroid is exact for a symmetric blob; 0.05 px allows
        // the asymmetric truncation ringing of the pixel grid.
        assertEquals(2.5, MriMetrics.centroidShiftPixels(img, roi, true), 0.05);
        assertEquals(0, MriMetrics.centroidShiftPixels(img, roi, false), 0.05);
    }

    @Test
    void aFieldGradientStretchesReadoutByOnePlusGradientTimesPixelOverBandwidth() {
        MrProtocol p = protocol();
        // g = 20 Hz/mm along x: x ↦ x·(1 + g·Δx/BW) = x·(1 + 20 000·0.001875/100) = 1.375 x.
        KSpace k = MrAcquisition.acquire(MriFixtures.disc(MriFixtures.WATER, 0.04, 0, 0.008), SCANNER, p,
                new ShimField(0, 20_000, 0), new Rng(1), Progress.NONE);
        Image img = image(k, p);
        double expectedPx = 0.04 * 0.375 / p.pixelRead();   // 8 px
        assertEquals(expectedPx, MriMetrics.centroidShiftPixels(img, new CircularRoi(0.04, 0, 0.03), true), 0.1);
        // Spins spread over 1.375× the width: the disc's signal drops to 1/1.375 of its value (signal conserved).
        RoiStatistics centre = RoiStatistics.measure(img, new CircularRoi(0.055, 0, 0.002));
        assertEquals(MriFixtures.waterSignal() / 1.375, centre.mean(), 0.03 * MriFixtures.waterSignal());
    }

    @Test
    void aSpikeAddsAPlaneWaveOfItsBrightnessEverywhere() {
        MrProtocol p = protocol();
        KSpace k = MrAcquisition.acquire(MriFixtures.disc(MriFixtures.WATER, 0, 0, 0.03), SCANNER, p, new Rng(1));
        new KSpaceFault.RfSpike(5, 9, 0.07).apply(k, p, new Rng(1));
        RoiStatistics air = RoiStatistics.measure(image(k, p), new CircularRoi(-0.09, 0.09, 0.02));
        // In the air only the plane wave remains (the disc's ringing there is < 1e-3): |0.07·e^(2πik·x)| = 0.07.
        assertEquals(0.07, air.mean(), 1e-3);
        assertEquals(0, air.standardDeviation(), 1e-3);
        assertThrows(IllegalArgumentException.class, () -> new KSpaceFault.RfSpike(500, 0, 0.1).apply(k, p, new Rng(1)));
    }

    @Test
    void aZipperLandsInTheColumnOfItsFrequencyWithItsRmsBrightness() {
        MrProtocol p = protocol();
        KSpace k = MrAcquisition.acquire(MriFixtures.disc(MriFixtures.WATER, -0.08, 0, 0.01), SCANNER, p, new Rng(1));
        // 1550 Hz at 100 Hz/pixel: 15.5 pixels right of the centre, i.e. the centre of column 64 + 15.
        new KSpaceFault.RfLeak(1550, 0.3).apply(k, p, new Rng(1));
        Image img = image(k, p);
        double sumSq = 0, beside = 0;
        for (int j = 0; j < 128; j++) {
            sumSq += Math.pow(img.data()[j * 128 + 79], 2);
            beside = Math.max(beside, img.data()[j * 128 + 90]);
        }
        // Parseval along phase: equal-amplitude lines with any phases give Σ_j |v_j|² = N_p·RMS², exactly; the
        // small disc 95 mm away rings < 1e-3 here. 1 % covers that and float rounding.
        assertEquals(0.3, Math.sqrt(sumSq / 128), 0.003);
        assertTrue(beside < 0.01, "leak outside its column " + beside);
    }

    @Test
    void mirroredHalfOfKSpaceEqualsTheDirectEvaluation() {
        // A still patient (motion null) takes the Hermitian shortcut; a motion of amplitude 0 evaluates every line.
        MrProtocol mirrored = protocol();
        MrProtocol direct = new MrProtocol(PulseSequence.SE, 2.0, 0.02, 0, 90, 0.24, 0.24, 128, 128, 0.005, 0, 1, 100,
                PhaseDirection.AP, 2, false, new PeriodicMotion(0, 1, true));
        var phantom = new org.modalis.phantom.AnalyticPhantom("two", java.util.List.of(
                org.modalis.phantom.Region.of(new org.modalis.phantom.Ellipse(0.02, -0.01, 0.05, 0.03, 0.3), MriFixtures.WATER),
                org.modalis.phantom.Region.of(new org.modalis.phantom.Ellipse(-0.05, 0.04, 0.01, 0.01, 0), MriFixtures.FAT)));
        ShimField shim = new ShimField(30, 2000, -1000);
        float[] a = MrAcquisition.acquire(phantom, SCANNER, mirrored, shim, new Rng(1), Progress.NONE).data();
        float[] b = MrAcquisition.acquire(phantom, SCANNER, direct, shim, new Rng(1), Progress.NONE).data();
        double worst = 0, peak = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
            peak = Math.max(peak, Math.abs(b[i]));
        }
        // S(−k) = S(k)* holds exactly for a static real object with chemical shift and a linear field error; the
        // two routes differ by double rounding only, stored as float: 1e-6 of the peak.
        assertTrue(worst < 1e-6 * peak, "max |mirrored − direct| = " + worst / peak + " of the peak");
    }
}
