package org.modalis.mri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.modalis.image.Image;
import org.modalis.metrics.CircularRoi;
import org.modalis.metrics.RoiStatistics;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;

/** Coil sensitivities as Fourier series: the fit, the exact analytic coil k-space, and RSS noise. */
class MultiCoilTest {

    private static final MrScanner SCANNER = new MrScanner(1.5);
    private static final CartesianRecon PLAIN = new CartesianRecon(1, ReconWindow.NONE);

    private static MrProtocol protocol(boolean noise) {
        return new MrProtocol(PulseSequence.SE, 2.0, 0.02, 0, 90, 0.24, 0.24, 128, 128, 0.005, 0, 1, 130,
                PhaseDirection.AP, 2, noise, null);
    }

    @Test
    void fittedSeriesFollowsTheLoopProfileOverTheFieldOfView() {
        double a = 0.06, px = 0.15;
        CoilSensitivity s = CoilSensitivity.fit((x, y) -> CoilArray.loopField(Math.hypot(x - px, y), a), CoilArray.ORDER, 0.48, 0.48);
        double worst = 0;
        double[] v = new double[2];
        for (double x = -0.1; x <= 0.1; x += 0.005) {
            for (double y = -0.1; y <= 0.1; y += 0.005) {
                s.value(x, y, v);
                worst = Math.max(worst, Math.hypot(v[0] - CoilArray.loopField(Math.hypot(x - px, y), a), v[1]));
            }
        }
        // Order 6 over a 480 mm period resolves ~40 mm: for a 60 mm loop 150 mm out, the truncation error inside
        // ±100 mm is below 2 % of the loop's peak (measured 1.3 %).
        assertTrue(worst < 0.02, "max |series − loop field| = " + worst);
    }

    @Test
    void eachCoilImageIsTheObjectTimesItsSensitivity() {
        MrProtocol p = protocol(false);
        double[] periods = MultiCoilAcquisition.periods(p);
        CoilArray coils = CoilArray.ring(4, 0.15, 0.06, 0, periods[0], periods[1]);
        List<KSpace> k = MultiCoilAcquisition.acquire(MriFixtures.disc(MriFixtures.WATER, 0, 0, 0.08), SCANNER, p, ShimField.NONE,
                coils, new Rng(1), Progress.NONE);
        double s = MriFixtures.waterSignal(), worst = 0;
        double[] v = new double[2];
        for (int c = 0; c < 4; c++) {
            Image img = PLAIN.reconstruct(k.get(c), p).magnitude();
            var g = img.grid();
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (Math.hypot(g.x(i), g.y(j)) < 0.06) {   // 20 mm (10 px) inside the disc edge
                        coils.coils().get(c).value(g.x(i), g.y(j), v);
                        worst = Math.max(worst, Math.abs(img.data()[j * g.nx() + i] - s * Math.hypot(v[0], v[1])));
                    }
                }
            }
        }
        // FT(S·ρ) = Σ c_m ρ̂(k − k_m) is exact; what remains is the disc's truncation ringing 10 px inside its
        // edge, modulated by S (≤ 0.5 % of s as for one coil; measured 0.24 %) — 1 % of s.
        assertTrue(worst < 0.01 * s, "max |coil image − S·s| = " + worst / s + " of s");
    }

    @Test
    void rssOfPureNoiseFollowsTheChiDistributionOfTwoNDegreesOfFreedom() {
        MrProtocol p = protocol(true);
        double[] periods = MultiCoilAcquisition.periods(p);
        int n = 8;
        CoilArray coils = CoilArray.ring(n, 0.15, 0.06, 0, periods[0], periods[1]);
        List<KSpace> k = MultiCoilAcquisition.acquire(MriFixtures.disc(MriFixtures.WATER, 0, 0, 0.02), SCANNER, p, ShimField.NONE,
                coils, new Rng(5), Progress.NONE);
        Image rss = RssRecon.reconstruct(k, p, PLAIN).magnitude();
        RoiStatistics bg = RoiStatistics.measure(rss, new CircularRoi(-0.08, -0.08, 0.03));
        double sigma = SnrModel.imageSigma(SCANNER, p);
        double chiMean = sigma * Math.sqrt(2) * Math.exp(Gamma.logGamma(n + 0.5) - Gamma.logGamma(n));
        // ≈ 800 pixels of a χ(16) variable (sd ≈ 0.7σ): the mean is known to 0.7σ/√800 ≈ 2.5 % of σ, i.e. < 1 % of
        // the 3.9σ mean; 3 % allows for correlation between neighbouring pixels (measured −1.0 %).
        assertEquals(chiMean, bg.mean(), 0.03 * chiMean);
    }

    @Test
    void senseUnfoldsTheAliasedHalvesWithGFactorAtLeastOne() {
        MrProtocol p = protocol(false);
        double[] periods = MultiCoilAcquisition.periods(p);
        CoilArray coils = CoilArray.ring(8, 0.15, 0.06, 0, periods[0], periods[1]);
        List<KSpace> k = MultiCoilAcquisition.acquire(MriFixtures.disc(MriFixtures.WATER, 0, 0.02, 0.08), SCANNER, p,
                ShimField.NONE, coils, new Rng(1), Progress.NONE);
        SenseRecon.Result r = SenseRecon.reconstruct(k.stream().map(SenseRecon::undersample).toList(), coils, p, PLAIN);
        Image img = r.images().magnitude();
        double s = MriFixtures.waterSignal();
        // Both halves of the disc (folded onto each other at R = 2) come back unshaded: the interior ROIs hold s
        // to 1 % (exact unfolding; truncation ringing 10 px inside the edge as for the full-FOV image).
        assertEquals(s, RoiStatistics.measure(img, new CircularRoi(0, 0.07, 0.01)).mean(), 0.01 * s);
        assertEquals(s, RoiStatistics.measure(img, new CircularRoi(0, -0.03, 0.01)).mean(), 0.01 * s);
        double min = Double.POSITIVE_INFINITY;
        for (float g : r.gFactor().data()) {
            if (g > 0) {
                min = Math.min(min, g);
            }
        }
        // g = √([(SᴴS)⁻¹]_jj·[SᴴS]_jj) ≥ 1 by Cauchy–Schwarz; rounding only (1e-6).
        assertTrue(min >= 1 - 1e-6, "g-factor below 1: " + min);
    }

    @Test
    void separableMapEqualsTheSeriesPointByPoint() {
        CoilSensitivity c = CoilSensitivity.fit((x, y) -> CoilArray.loopField(Math.hypot(x - 0.1, y + 0.05), 0.05), 4, 0.48, 0.4);
        double[] xs = {-0.1, 0.0, 0.033}, ys = {-0.07, 0.02};
        float[] map = c.map(xs, ys);
        double[] v = new double[2];
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                c.value(xs[i], ys[j], v);
                // The same sum reordered, stored as float: 1e-6.
                assertEquals(v[0], map[2 * (j * xs.length + i)], 1e-6);
                assertEquals(v[1], map[2 * (j * xs.length + i) + 1], 1e-6);
            }
        }
    }
}
