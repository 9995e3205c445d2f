package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Rectangle;
import org.modalis.pipeline.Progress;
import org.modalis.tissue.Tissue;

/**
 * Refraction ({@link RefractedRay}) against Snell's law in closed form: fat (1450 m/s) above a plane tilted by α
 * over an anechoic gel (1540 m/s). A vertical ray from x₀ meets the plane z = z₀ + x·tan α at incidence α and leaves
 * along t = η·(0, 1) + (cos θ − η·cos α)·(−sin α, cos α), sin θ = η·sin α, η = 1540/1450. Checked: where the traced
 * rays go, where a wire behind the plane is imaged (the ray that passes through it), the B-mode's lateral shift of
 * that wire, the ray tube's widening (cos α / cos θ), total reflection past the critical angle, and that straight
 * rays leave everything where it was.
 */
class RefractionTest {

    private static final double ALPHA = Math.toRadians(25), Z0 = 0.012, FAT = 1450, GEL = 1540;
    private static final Tissue FAT_TISSUE = UsFixtures.tissue("fat", FAT, 950, 0.0, 0);
    private static final Tissue GEL_TISSUE = UsFixtures.tissue("gel", GEL, 1000, 0.0, 0);

    /** Fat above the plane z = z₀ + x·tan α (probe frame; phantom y = −z), gel below. */
    private static AnalyticPhantom wedge(double alpha, Tissue above, Tissue below) {
        double h = 0.1;
        // A rectangle whose lower edge is the plane: rotated by −α, its centre h/2 above the edge along the normal.
        Rectangle upper = new Rectangle(h / 2 * Math.sin(alpha), -Z0 + h / 2 * Math.cos(alpha), 0.3, h, -alpha);
        return UsFixtures.block(below, upper, above);
    }

    /** Closed form: the point reached after a path of length s by the vertical ray from x₀ (s past the plane). */
    private static double[] snell(double x0, double s, double eta, double alpha) {
        double zi = Z0 + x0 * Math.tan(alpha);
        double sinT = eta * Math.sin(alpha), cosT = Math.sqrt(1 - sinT * sinT);
        double k = cosT - eta * Math.cos(alpha);
        double tx = -k * Math.sin(alpha), tz = eta + k * Math.cos(alpha), t = Math.hypot(tx, tz);
        return new double[] {x0 + (s - zi) * tx / t, zi + (s - zi) * tz / t};
    }

    private static Medium medium(AnalyticPhantom phantom, boolean refraction) {
        Medium.FanGeometry fan = new Medium.FanGeometry(ArrayType.LINEAR, -0.006, 0.077e-3, 157, 0.0385e-3, 900);
        return new Medium(phantom, 0, fan, 5e6, refraction);
    }

    @Test
    void raysBendBySnellsLawAtAnObliqueInterface() {
        Medium medium = medium(wedge(ALPHA, FAT_TISSUE, GEL_TISSUE), true);
        Medium.FanGeometry fan = medium.fan();
        double worst = 0;
        for (int r = 10; r < fan.rays(); r += 20) {
            double x0 = fan.u0() + r * fan.du();
            int j = fan.steps() - 1;
            double[] expected = snell(x0, j * fan.ds(), GEL / FAT, ALPHA);
            int cell = medium.cell(r, j);
            worst = Math.max(worst, Math.hypot(medium.trueX(cell) - expected[0], medium.trueZ(cell) - expected[1]));
        }
        // The ray turns at the first step past the plane: at most one step ds (38 µm) of path in the old direction,
        // which moves the end point by ds·sin(deviation) ≈ 2 µm; bound 10 µm.
        assertTrue(worst < 10e-6, "traced rays against Snell's law: worst " + worst * 1e6 + " µm");
        double deviation = Math.toDegrees(Math.asin(GEL / FAT * Math.sin(ALPHA))) - 25;
        System.out.printf("refraction at 25°, fat → gel: deviation %.2f°, traced end points within %.2f µm%n",
                deviation, worst * 1e6);
    }

    @Test
    void theRayTubeWidensAtThePlaneByTheRatioOfCosines() {
        // Parallel rays crossing a plane keep their spacing along it: across the rays it goes from w·cos α to
        // w·cos θ, so the round-trip gain is cos α / cos θ, times the normal-incidence 1 − R² of the interface.
        Medium medium = medium(wedge(ALPHA, FAT_TISSUE, GEL_TISSUE), true);
        double cosT = Math.sqrt(1 - Math.pow(GEL / FAT * Math.sin(ALPHA), 2));
        double zFat = 950 * FAT, zGel = 1000 * GEL, r = (zGel - zFat) / (zGel + zFat);
        double expected = (1 - r * r) * Math.cos(ALPHA) / cosT;
        int cell = medium.cell(78, medium.fan().steps() - 2);
        assertEquals(expected, medium.transmission(cell), 1e-3, "tube gain × transmission below the plane");
        assertEquals(1, medium(wedge(ALPHA, FAT_TISSUE, GEL_TISSUE), false).transmission(cell) / (1 - r * r), 1e-6,
                "straight rays: the interface's 1 − R² alone");
    }

    @Test
    void aWireBehindThePlaneIsImagedWhereItsRayIsAndTheBModeShowsIt() {
        AnalyticPhantom phantom = wedge(ALPHA, FAT_TISSUE, GEL_TISSUE);
        double wx = 0, wz = 0.03;
        // Closed form: past the plane every ray runs along the same t, so the one through the wire starts at the x₀
        // where (wire − plane point) ∥ t: (wx − x₀)·t_z = (wz − z₀ − x₀·tan α)·t_x.
        double[] t = snell(0, 1, GEL / FAT, ALPHA), at = snell(0, Z0, GEL / FAT, ALPHA);
        double tx = t[0] - at[0], tz = t[1] - at[1];
        double x0 = ((wz - Z0) * tx - wx * tz) / (Math.tan(ALPHA) * tx - tz), zi = Z0 + x0 * Math.tan(ALPHA);
        double range = zi + Math.hypot(wx - x0, wz - zi);
        List<double[]> images = medium(phantom, true).images(wx, wz);
        assertEquals(1, images.size(), "one ray passes through the wire");
        assertEquals(x0, images.get(0)[0], 2e-6, "apparent lateral position");
        assertEquals(range, images.get(0)[1], 2e-6, "apparent range (path length)");
        assertTrue(Math.abs(x0) > 0.5e-3, "the shift is large enough to see: " + x0 * 1e3 + " mm");

        // End to end: the B-mode shows the wire shifted by x₀ (and straight rays do not shift it).
        UltrasoundProtocol protocol = new UltrasoundProtocol(0.034, 0.03, 41, 40 * UsFixtures.LINEAR.pitch() / 4, 2, 2,
                0, 0, 60, -200, 8, -40);
        UltrasoundJob job = UsFixtures.job(phantom, UsFixtures.LINEAR, protocol,
                List.of(new WireTarget(wx, wz, 500)), List.of(), 1).withModel(EchoModel.BEAM);
        double bent = new UltrasoundPipeline().run(job.withRefraction(true), Progress.NONE).metrics()
                .get("wire.lateral_shift").orElseThrow().value() * 1e-3;
        double straight = new UltrasoundPipeline().run(job, Progress.NONE).metrics().get("wire.lateral_shift").orElseThrow()
                .value() * 1e-3;
        System.out.printf("wire behind a 25° fat/gel plane: lateral shift %.3f mm (closed form %.3f mm), straight rays "
                + "%.3f mm%n", bent * 1e3, x0 * 1e3, straight * 1e3);
        // The peak is read by a parabola across lines 75 µm apart on a ~0.6 mm wide PSF: 30 µm.
        assertEquals(x0, bent, 30e-6);
        assertEquals(0, straight, 30e-6);
    }

    @Test
    void pastTheCriticalAngleNothingIsTransmitted() {
        // Gel into a fast solid at 40°: sin θ = (3500/1540)·sin 40° = 1.46 > 1, total reflection.
        Tissue bone = UsFixtures.tissue("bone", 3500, 1900, 0.0, 1);
        Medium medium = medium(wedge(Math.toRadians(40), GEL_TISSUE, bone), true);
        int cell = medium.cell(78, medium.fan().steps() - 1);
        assertEquals(0, medium.transmission(cell), "beyond a total reflection");
        // At 10° the wave enters (sin θ = 0.39): the transmission is the normal-incidence 1 − R², not 0.
        Medium entering = medium(wedge(Math.toRadians(10), GEL_TISSUE, bone), true);
        assertTrue(entering.transmission(entering.cell(78, entering.fan().steps() - 1)) > 0.3);
        // A 3 mm slab of it at 40°: both its faces lie beyond the total reflection at the first, and the
        // reverberation between them and the mirror behind are nothing there, not 0/0.
        double a = Math.toRadians(40);
        Rectangle slab = new Rectangle(0, -Z0 - 0.0015 / Math.cos(a), 0.3, 0.003, -a);
        Medium slabMedium = medium(UsFixtures.block(GEL_TISSUE, slab, bone), true);
        EchoSources sources = new EchoSourceField(slabMedium, new GaussianPulse(5e6, 0.6)).build(1e-7, 0.03,
                List.of(), true, new org.modalis.physics.Rng(2));
        for (int s = 0; s < sources.count(); s++) {
            assertTrue(Double.isFinite(sources.amplitude[s]) && Double.isFinite(sources.slowness[s]),
                    "source " + s + " at " + sources.x[s] + ", " + sources.z[s]);
        }
    }

    @Test
    void straightRaysAreTheDefaultAndLeaveEverythingInPlace() {
        Medium medium = medium(wedge(ALPHA, FAT_TISSUE, GEL_TISSUE), false);
        int cell = medium.cell(100, 800);
        assertEquals(medium.fan().x(100, 800 * medium.fan().ds()), medium.trueX(cell), 0);
        assertEquals(800 * medium.fan().ds(), medium.trueZ(cell), 0);
        assertEquals(List.of(0.0, 0.03), List.of(medium.images(0, 0.03).get(0)[0], medium.images(0, 0.03).get(0)[1]));
    }
}
