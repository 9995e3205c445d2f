package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.pipeline.Progress;

/**
 * Plane-wave compounding ({@link PlaneWaveImaging}) on a wire at 20 mm in a lossless anechoic gel (so the echo keeps
 * f₀ = 5 MHz, λ = 0.308 mm), receive F/2 with a Hann window, against closed forms (the −6 dB widths of the CW
 * amplitude patterns, computed numerically for the windows): one unfocused wave is focused on receive only, whose
 * Hann aperture D = z/F# gives 2.00·λ·F# = 1.233 mm; waves over ±α with tan α = 1/(2F#) synthesise a rectangular
 * transmit aperture of the same F# (Montaldo et al. 2009), and rectangular × Hann gives 1.058·λ·F# = 0.652 mm, as the
 * focused line does at its focus. A steered wave places the wire where it is; the depth and axial width are the
 * pulse's.
 */
class PlaneWaveTest {

    private static final double WIRE_Z = 0.02, LAMBDA = 1540 / 5e6, F_NUMBER = 2;
    private static final AnalyticPhantom GEL = UsFixtures.block(UsFixtures.tissue("gel", 1540, 1000, 0.0, 0));

    private static UltrasoundJob job(PlaneWaves waves) {
        UltrasoundProtocol protocol = new UltrasoundProtocol(0.024, WIRE_Z, 41, 0.004, F_NUMBER, F_NUMBER, 0, 0, 60,
                -200, 8, -40);
        return UsFixtures.job(GEL, UsFixtures.LINEAR, protocol, List.of(new WireTarget(0, WIRE_Z, 500)), List.of(), 1)
                .withPlaneWaves(waves);
    }

    private static double metric(UltrasoundResult r, String name) {
        return r.metrics().get(name).orElseThrow().value() * 1e-3;
    }

    @Test
    void oneUnfocusedWaveIsFocusedOnReceiveOnly() {
        UltrasoundResult r = new UltrasoundPipeline().run(job(new PlaneWaves(1, 0)), Progress.NONE);
        double expected = 2.00 * LAMBDA * F_NUMBER;
        System.out.printf("one plane wave: lateral FWHM %.3f mm (receive-only Hann, 2.00 λF# = %.3f mm), axial %.4f mm,"
                + " depth error %.4f mm%n", metric(r, "wire.lateral_fwhm") * 1e3, expected * 1e3,
                metric(r, "wire.axial_fwhm") * 1e3, metric(r, "wire.depth_error") * 1e3);
        // 10 %: the pulse is broadband (60 %), the CW pattern is the reference (the focused line is 4 % off it).
        assertEquals(expected, metric(r, "wire.lateral_fwhm"), 0.10 * expected);
        assertEquals(0.2265e-3, metric(r, "wire.axial_fwhm"), 0.05 * 0.2265e-3);
        assertEquals(0, metric(r, "wire.depth_error"), 10e-6);
    }

    @Test
    void wavesOverTheApertureAngleMatchAFocusedTransmitOfTheSameFNumber() {
        double alpha = Math.atan(1 / (2 * F_NUMBER));
        UltrasoundResult compounded = new UltrasoundPipeline().run(job(new PlaneWaves(15, 2 * alpha)), Progress.NONE);
        UltrasoundResult focused = new UltrasoundPipeline().run(job(PlaneWaves.NONE), Progress.NONE);
        double expected = 1.058 * LAMBDA * F_NUMBER;
        double c = metric(compounded, "wire.lateral_fwhm"), f = metric(focused, "wire.lateral_fwhm");
        System.out.printf("15 plane waves over ±%.1f°: lateral FWHM %.3f mm; focused F/2 at the wire %.3f mm; rect × Hann"
                + " 1.058 λF# = %.3f mm%n", Math.toDegrees(alpha), c * 1e3, f * 1e3, expected * 1e3);
        assertEquals(expected, c, 0.10 * expected);
        assertEquals(f, c, 0.10 * f);
    }

    @Test
    void aSteeredWavePlacesTheWireWhereItIsAndRepeatsItsBytes() {
        UltrasoundJob steered = job(new PlaneWaves(1, 0)).withPlaneWaves(new PlaneWaves(2, Math.toRadians(20)));
        UltrasoundResult r = new UltrasoundPipeline().run(steered, Progress.NONE);
        assertEquals(0, metric(r, "wire.depth_error"), 10e-6);
        assertEquals(0, metric(r, "wire.lateral_shift"), 20e-6);
        assertArrayEquals(r.rf(), new UltrasoundPipeline().run(steered, Progress.NONE).rf());
    }

    @Test
    void planeWavesNeedALinearArrayAndKeepNoChannels() {
        UltrasoundJob linear = job(PlaneWaves.NONE);
        Transducer phased = Transducer.preset("phased-3.5").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> new UltrasoundJob(GEL, 0, phased, linear.protocol(),
                List.of(), List.of(), false, false, 1e-4, 1, EchoModel.AUTO, false, new PlaneWaves(3, 0.2)));
        assertThrows(IllegalArgumentException.class, () -> new UltrasoundJob(GEL, 0, linear.transducer(),
                linear.protocol(), List.of(), List.of(), false, true, 1e-4, 1, EchoModel.AUTO, false,
                new PlaneWaves(3, 0.2)));
        assertThrows(IllegalArgumentException.class, () -> new PlaneWaves(3, Math.toRadians(50)));
    }
}
