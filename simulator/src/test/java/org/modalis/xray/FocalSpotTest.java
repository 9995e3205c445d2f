package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Box;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Region;
import org.modalis.physics.Rng;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.TungstenTube;
import org.modalis.physics.XraySpectrum;
import org.modalis.tissue.TissueLibrary;

class FocalSpotTest {

    private static final XraySpectrum SPECTRUM = new TungstenSpectrumModel().generate(TungstenTube.of(70));
    /** SID 1 m, OID 0.5 m: U = f. 0.02 mm pixels over ±3 mm, one row. */
    private static final ProjectionGeometry G = new ProjectionGeometry(1.0, 0.5, 0.02e-3, 300, 1);

    /** A 1 mm lead plate covering x &gt; 0 at the object plane: an opaque edge along z through the central ray. */
    private static AnalyticPhantom edge() {
        return new AnalyticPhantom("edge", List.of(Region.of(new Box(Pose.aboutZ(0.05, 0, 0, 0), 0.1, 1e-3, 0.1),
                TissueLibrary.load().find("lead").orElseThrow())));
    }

    private static double edgeWidthMm(FocalSpot spot) {
        Radiograph r = XrayAcquisition.acquire(edge(), G, new CsiDetector(0.5e-3), SPECTRUM, 1, false, new Rng(1),
                new XraySource(spot, null));
        return EdgeWidth.centralRow(r.truth(), G.cols(), G.rows()) * G.pitchM() * 1e3;
    }

    @Test
    void uniformSpotPenumbraIsEightTenthsOfTheGeometricUnsharpness() {
        FocalSpot spot = new FocalSpot(1.2e-3, FocalSpot.Shape.UNIFORM, 24);
        assertEquals(1.2, spot.unsharpnessM(G) * 1e3, 1e-12); // U = f·OID/SOD = f here
        // A uniform spot projects a linear ramp of width U: 10–90 % = 0.8 U = 0.96 mm. The 24 sub-sources make a
        // staircase whose 10 % and 90 % jumps sit 0.004 U from the ramp's; linear interpolation between 0.02 mm
        // pixels adds up to one pixel: 0.03 mm.
        assertEquals(0.96, edgeWidthMm(spot), 0.03);
    }

    @Test
    void gaussianSpotPenumbraMatchesTheErrorFunctionEdge() {
        FocalSpot spot = new FocalSpot(1.2e-3, FocalSpot.Shape.GAUSSIAN, 24);
        double sigmaU = 1.2 / (2 * Math.sqrt(2 * Math.log(2))); // mm, magnified by OID/SOD = 1
        // Edge = normal CDF of width σ_U: 10–90 % = 2·1.28155·σ_U = 1.306 mm. The quantile staircase puts the
        // 10 % jump at Φ⁻¹(2.5/24) = −1.2583 σ instead of −1.2816 σ (0.047 σ_U = 0.024 mm on the width), plus up
        // to one 0.02 mm pixel of interpolation: 0.05 mm.
        assertEquals(2 * 1.2815516 * sigmaU, edgeWidthMm(spot), 0.05);
    }

    @Test
    void pointSourceGivesAnEdgeOfOnePixelsInterpolation() {
        // Point-sampled opaque edge: the profile jumps between two pixels, 10 % and 90 % lie 0.8 pixel apart.
        assertEquals(0.8 * 0.02, edgeWidthMm(FocalSpot.POINT), 1e-6);
    }

    @Test
    void offsetsHaveTheProfilesMomentsAndZeroMean() {
        double[] u = new FocalSpot(1e-3, FocalSpot.Shape.UNIFORM, 32).offsets();
        double[] n = new FocalSpot(1e-3, FocalSpot.Shape.GAUSSIAN, 32).offsets();
        double mu = 0, vu = 0, vn = 0;
        for (int i = 0; i < 32; i++) {
            mu += u[i] + n[i];
            vu += u[i] * u[i] / 32;
            vn += n[i] * n[i] / 32;
        }
        assertEquals(0, mu, 1e-18);
        // Midpoint rule: variance f²/12·(1 − 1/n²) exactly.
        assertEquals(1e-6 / 12 * (1 - 1.0 / 1024), vu, 1e-18);
        // Quantile medians under-represent the tails: variance 0.96 σ² for n = 32 (the outermost strips' medians
        // lie at ±2.15 σ); 5 % below σ².
        double sigma = 1e-3 / (2 * Math.sqrt(2 * Math.log(2)));
        assertEquals(sigma * sigma, vn, 0.05 * sigma * sigma);
    }
}
