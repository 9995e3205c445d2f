package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Box;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Region;
import org.modalis.physics.AirKerma;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.TungstenTube;
import org.modalis.physics.XraySpectrum;
import org.modalis.tissue.TissueLibrary;

class XrayDoseTest {

    private static final XraySpectrum SPECTRUM = new TungstenSpectrumModel().generate(TungstenTube.of(80));

    @Test
    void entranceKermaIsProportionalToMasAndInverseSquare() {
        double k1 = XrayDose.kermaMgy(SPECTRUM, 1, 1);
        // Exact laws: only rounding differs (1e-12 relative).
        assertEquals(AirKerma.mgy(SPECTRUM), k1, 1e-12 * k1);
        assertEquals(3 * k1, XrayDose.kermaMgy(SPECTRUM, 3, 1), 1e-12 * k1);
        assertEquals(k1 / 4, XrayDose.kermaMgy(SPECTRUM, 1, 2), 1e-12 * k1);
        assertEquals(k1 / 0.49, XrayDose.kermaMgy(SPECTRUM, 1, 0.7), 1e-12 * k1);
    }

    @Test
    void entranceSurfaceAndKapOfASlab() {
        AnalyticPhantom slab = new AnalyticPhantom("slab", List.of(Region.of(
                new Box(Pose.aboutZ(0, 0, 0, 0), 0.4, 0.2, 0.4), TissueLibrary.load().find("water").orElseThrow())));
        ProjectionGeometry g = new ProjectionGeometry(1.1, 0.1, 0.5e-3, 400, 300);
        XrayDose dose = XrayDose.of(SPECTRUM, 5, g, slab);
        // Slab faces at y = ±0.1 m, source at y = SOD = 1.0 m: skin at 0.9 m, found to the 0.1 mm search step.
        assertEquals(0.9, dose.entranceDistanceM(), XrayDose.SKIN_SEARCH_STEP_M);
        assertEquals(XrayDose.kermaMgy(SPECTRUM, 5, dose.entranceDistanceM()), dose.entranceKermaMgy(), 1e-12);
        // KAP is invariant along the beam: K(d)·A(d) with A(d) = A_det·(d/SID)²; mGy·m² = 10 Gy·cm².
        double d = 0.9, area = g.detectorFieldAreaM2() * (d / 1.1) * (d / 1.1);
        double expected = XrayDose.kermaMgy(SPECTRUM, 5, d) * area * 10;
        assertEquals(expected, dose.kapGyCm2(), 1e-12 * expected);
        // Plausibility against the tube's calibration (51.3 µGy/mAs at 1 m for 80 kV, 2.5 mm Al; here 1 mm Al
        // inherent only, so more): 5 mAs at 0.9 m gives a few tenths of a mGy.
        assertEquals(0.5, dose.entranceKermaMgy(), 0.35);
    }

    @Test
    void esakIsBackscatterTimesIncidentKermaAndKapFollowsTheCollimatedField() {
        AnalyticPhantom slab = new AnalyticPhantom("slab", List.of(Region.of(
                new Box(Pose.aboutZ(0, 0, 0, 0), 0.4, 0.2, 0.4), TissueLibrary.load().find("water").orElseThrow())));
        ProjectionGeometry g = new ProjectionGeometry(1.1, 0.1, 0.5e-3, 400, 300);
        XrayDose open = XrayDose.of(SPECTRUM, 5, g, slab);
        XrayDose collimated = XrayDose.of(SPECTRUM, 5, g, slab, new Collimator(0.1, 0.05), 1.35);
        // ESAK = B·K_i exactly, and doubles with mAs (ESAK ∝ mAs).
        assertEquals(1.35 * open.entranceKermaMgy(), collimated.esakMgy(), 1e-12);
        XrayDose twice = XrayDose.of(SPECTRUM, 10, g, slab, new Collimator(0.1, 0.05), 1.35);
        assertEquals(2 * collimated.esakMgy(), twice.esakMgy(), 1e-12 * twice.esakMgy());
        // KAP ∝ field area: 10 × 5 cm against the 20 × 15 cm detector.
        assertEquals(open.kapGyCm2() * (0.1 * 0.05) / (0.2 * 0.15), collimated.kapGyCm2(), 1e-12 * open.kapGyCm2());
    }

    @Test
    void collimatedPixelsReceiveNothing() {
        AnalyticPhantom slab = new AnalyticPhantom("slab", List.of(Region.of(
                new Box(Pose.aboutZ(0, 0, 0, 0), 0.4, 0.2, 0.4), TissueLibrary.load().find("water").orElseThrow())));
        ProjectionGeometry g = new ProjectionGeometry(1.1, 0.1, 2e-3, 20, 10); // 4 × 2 cm
        Radiograph r = XrayAcquisition.acquire(slab, g, new CsiDetector(5e-4), SPECTRUM, 1, false,
                new org.modalis.physics.Rng(1), new XraySource(FocalSpot.POINT, null, new Collimator(0.02, 0)));
        for (int i = 0; i < g.cols(); i++) {
            boolean inside = Math.abs(g.columnX(i)) <= 0.01;
            assertEquals(inside, r.openField()[i] > 0, "column " + i);
            assertEquals(inside, r.kermaMgy()[i] > 0, "column " + i);
        }
    }
}
