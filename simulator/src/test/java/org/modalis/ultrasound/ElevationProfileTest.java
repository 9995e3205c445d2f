package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The elevation lens's field across the image plane ({@link ElevationProfile}) against closed forms: energy
 * conservation ∫|p|² dy = h at every depth; at the focus p = h/√(λF)·sinc(hy/(λF)) (times a phase), so
 * ∫|p|⁴ dy = (2/3)·h³/(λF) (∫sinc⁴ = 2/3); far beyond the Rayleigh distance h²/λ of an unfocused aperture the slice
 * widens as z, so the diffuse amplitude falls as z^(−1/2) and the coherent as z^(−1/2) too (|∫p²| → h²/√(2λz)·…
 * ratio only). And the profile is largest near the lens focus.
 */
class ElevationProfileTest {

    private static final double LAMBDA = 1540 / 5e6, H = 5e-3, F = 0.025;

    @Test
    void energyIsConservedAtEveryDepth() {
        for (double z : new double[] {2e-3, 10e-3, 25e-3, 60e-3, 150e-3}) {
            double[] m = ElevationProfile.moments(H, F, LAMBDA, z, 64);
            // 1 %: a window 64 diffraction widths beyond the beam leaves ~2/(π²·64) = 0.3 % in the side lobes.
            assertEquals(H, m[0], 0.01 * H, "∫|p|² at " + z * 1e3 + " mm");
        }
    }

    @Test
    void atTheFocusTheFourthMomentIsTwoThirdsHCubedOverLambdaF() {
        double[] m = ElevationProfile.moments(H, F, LAMBDA, F, ElevationProfile.WIDTHS);
        double expected = 2.0 / 3 * H * H * H / (LAMBDA * F);
        assertEquals(expected, m[1], 0.01 * expected);
    }

    @Test
    void farBeyondTheRayleighDistanceTheSliceWidensAsDepth() {
        double h = 2e-3, unfocused = 0.3; // h²/λ = 13 mm; the lens "focus" at 300 mm is nearly flat
        double[] near = ElevationProfile.moments(h, unfocused, LAMBDA, 0.1, ElevationProfile.WIDTHS);
        double[] far = ElevationProfile.moments(h, unfocused, LAMBDA, 0.2, ElevationProfile.WIDTHS);
        assertEquals(Math.sqrt(0.5), Math.sqrt(far[1] / near[1]), 0.03, "diffuse amplitude ∝ z^-1/2");
    }

    @Test
    void echoesAreBrightestNearTheLensFocus() {
        Transducer probe = Transducer.preset("linear-5").orElseThrow();
        ElevationProfile profile = new ElevationProfile(probe, 0.06);
        assertEquals(1, profile.diffuse(0.01), 1e-9, "normalised at the reference range");
        assertEquals(1, profile.coherent(0.01), 1e-9);
        double best = 0, at = 0;
        for (double r = 0.002; r < 0.06; r += 0.0005) {
            if (profile.diffuse(r) > best) {
                best = profile.diffuse(r);
                at = r;
            }
        }
        System.out.printf("linear-5 elevation (5 mm, focus 25 mm): diffuse amplitude peaks at %.1f mm (%.2f dB above 1 cm),"
                + " %.2f dB at 60 mm; coherent %.2f dB at 25 mm, %.2f dB at 60 mm%n", at * 1e3, 20 * Math.log10(best),
                20 * Math.log10(profile.diffuse(0.06)), 20 * Math.log10(profile.coherent(0.025)),
                20 * Math.log10(profile.coherent(0.06)));
        assertTrue(at > 0.012 && at < 0.03, "peak near the 25 mm lens focus (the near field pulls it in): " + at);
    }
}
