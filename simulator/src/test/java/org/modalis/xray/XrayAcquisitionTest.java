package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Box;
import org.modalis.phantom.Ellipsoid;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Region;
import org.modalis.physics.Rng;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.TungstenTube;
import org.modalis.physics.XraySpectrum;
import org.modalis.tissue.Tissue;
import org.modalis.tissue.TissueLibrary;

class XrayAcquisitionTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();
    private static final XraySpectrum SPECTRUM = new TungstenSpectrumModel().generate(TungstenTube.of(80));
    private static final CsiDetector DETECTOR = new CsiDetector(0.5e-3);

    private static Tissue tissue(String name) {
        return TISSUES.find(name).orElseThrow();
    }

    /** A water slab 10 cm thick along the beam (y), wide in x and z, centred at the origin. */
    private static AnalyticPhantom waterSlab() {
        return new AnalyticPhantom("slab", List.of(Region.of(new Box(Pose.aboutZ(0, 0, 0, 0), 0.6, 0.1, 0.6),
                tissue("water"))));
    }

    @Test
    void singleRayObeysPolychromaticBeerLambert() {
        ProjectionGeometry g = new ProjectionGeometry(1.0, 0.2, 1e-3, 3, 3);
        Radiograph r = XrayAcquisition.acquire(waterSlab(), g, DETECTOR, SPECTRUM, 2.0, false, new Rng(1));
        // Independent sum for the corner pixel (1 mm off-axis in x and z): the ray crosses the 10 cm slab
        // obliquely, L = 0.1·r/SID, and the pixel sees N(E) = Φ·mAs·a·cosθ/r².
        double x = g.columnX(0), z = g.rowZ(0), r2 = x * x + z * z + 1.0, rr = Math.sqrt(r2);
        double path = 0.1 * rr / 1.0;
        double expected = 0, open = 0;
        for (int e = 0; e < SPECTRUM.bins(); e++) {
            double en = SPECTRUM.energyKev(e);
            double n = SPECTRUM.fluence(e) * 2.0 * 1.0 * (1.0 / rr) / r2;
            double eta = 1 - Math.exp(-CsiDetector.csi().mu(en) * 0.5e-3);
            expected += n * en * eta * Math.exp(-tissue("water").xray().mu(en) * path);
            open += n * en * eta;
        }
        // 1e-9: only floating-point summation order differs between the two routes.
        assertEquals(expected, r.mean()[0], 1e-9 * expected);
        assertEquals(open, r.openField()[0], 1e-9 * open);
        assertEquals(expected / open, r.truth()[0], 1e-6); // float32 storage of the truth
    }

    @Test
    void pixelNoiseHasCompoundPoissonVariance() {
        ProjectionGeometry g = new ProjectionGeometry(1.0, 0.2, 0.2e-3, 128, 128);
        Radiograph r = XrayAcquisition.acquire(waterSlab(), g, DETECTOR, SPECTRUM, 0.01, true, new Rng(7));
        int n = r.mean().length;
        double sum = 0, sum2 = 0;
        for (int k = 0; k < n; k++) {
            double zScore = (r.reading()[k] - r.mean()[k]) / Math.sqrt(r.variance()[k]);
            sum += zScore;
            sum2 += zScore * zScore;
        }
        double mean = sum / n, var = sum2 / n - mean * mean;
        // n = 16384 standardised readings: the sample mean has sd 1/√n = 0.0078, the sample variance sd
        // √(2/n) = 0.011 (plus a small excess-kurtosis term: only ~30 effective counts m²/v per pixel at 0.01 mAs);
        // 4 sd tolerances.
        assertEquals(0, mean, 0.032);
        assertEquals(1, var, 0.05);
    }

    @Test
    void snrGrowsAsSquareRootOfMas() {
        ProjectionGeometry g = new ProjectionGeometry(1.0, 0.2, 0.2e-3, 64, 64);
        double snr1 = snr(XrayAcquisition.acquire(waterSlab(), g, DETECTOR, SPECTRUM, 0.01, true, new Rng(3)));
        double snr4 = snr(XrayAcquisition.acquire(waterSlab(), g, DETECTOR, SPECTRUM, 0.04, true, new Rng(4)));
        // Expected ratio √4 = 2; with 4096 pixels each SNR estimate has ~1.1 % sd, so 10 % is > 6 sd.
        assertEquals(2.0, snr4 / snr1, 0.2);
    }

    private static double snr(Radiograph r) {
        float[] img = r.relativeExposure();
        double s = 0, s2 = 0;
        for (float v : img) {
            s += v;
            s2 += v * v;
        }
        double m = s / img.length;
        return m / Math.sqrt(s2 / img.length - m * m);
    }

    @Test
    void sphereShadowIsMagnifiedBySidOverSod() {
        double radius = 0.01;
        AnalyticPhantom sphere = new AnalyticPhantom("sphere", List.of(Region.of(
                new Ellipsoid(Pose.aboutZ(0, 0, 0, 0), radius, radius, radius), tissue("bone-cortical"))));
        for (double oid : new double[] {0.05, 0.3, 0.5}) {
            ProjectionGeometry g = new ProjectionGeometry(1.0, oid, 0.1e-3, 500, 1);
            float[] t = XrayAcquisition.acquire(sphere, g, DETECTOR, SPECTRUM, 1, false, new Rng(1)).truth();
            int shadowed = 0;
            for (float v : t) {
                shadowed += v < 1f ? 1 : 0;
            }
            // OID ≥ 5 cm keeps the whole sphere on the source side of the detector.
            // Each edge lies between the last shadowed and the first open pixel centre, i.e. within ±½ pixel,
            // so the diameter from the count is within ±1 pixel. The exact tangent-cone shadow 2·SID·R/√(SOD²−R²)
            // differs from 2·R·M by < 0.01 pixel here (R/SOD ≤ 0.02).
            assertEquals(2 * radius * g.magnification(), shadowed * g.pitchM(), g.pitchM(), "OID " + oid);
        }
    }

    @Test
    void sameSeedGivesSameBytes() {
        ProjectionGeometry g = new ProjectionGeometry(1.0, 0.2, 0.5e-3, 32, 16);
        float[] a = XrayAcquisition.acquire(waterSlab(), g, DETECTOR, SPECTRUM, 0.1, true, new Rng(42)).reading();
        float[] b = XrayAcquisition.acquire(waterSlab(), g, DETECTOR, SPECTRUM, 0.1, true, new Rng(42)).reading();
        assertArrayEquals(a, b);
    }
}
