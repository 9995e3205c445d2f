package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.pipeline.Progress;

/**
 * Multi-zone transmit focusing ({@link FocalZones}): the zone weights partition every depth; a frame with foci at 10
 * and 30 mm resolves a wire at each depth as a single-focus frame focused on it does (the stitched line near each
 * focus is that focus's firing), while one focus at 10 mm blurs the deep wire.
 */
class FocalZonesTest {

    private static final AnalyticPhantom GEL = UsFixtures.block(UsFixtures.tissue("gel", 1540, 1000, 0.0, 0));

    /** Lateral FWHM [m] of the first of the wires at {@code depths} [m] (x = 0), with foci {@code foci}. */
    private static double fwhm(double focus, List<Double> foci, double... depths) {
        UltrasoundProtocol protocol = new UltrasoundProtocol(0.034, focus, 41, 0.004, 2, 2, 0, 0, 60, -200, 8, -40);
        List<WireTarget> wires = java.util.Arrays.stream(depths).mapToObj(z -> new WireTarget(0, z, 500)).toList();
        UltrasoundJob job = UsFixtures.job(GEL, UsFixtures.LINEAR, protocol, wires, List.of(), 1).withFocalZones(foci);
        return new UltrasoundPipeline().run(job, Progress.NONE).metrics().get("wire.lateral_fwhm").orElseThrow().value()
                * 1e-3;
    }

    @Test
    void theZoneWeightsPartitionEveryDepthAndBlendOnlyAtTheBoundaries() {
        List<Double> foci = List.of(0.01, 0.02, 0.04);
        for (double r = 0; r < 0.05; r += 1e-4) {
            double sum = 0;
            for (int i = 0; i < foci.size(); i++) {
                sum += FocalZones.weight(foci, i, r);
            }
            assertEquals(1, sum, 1e-12, "at " + r);
        }
        assertEquals(1, FocalZones.weight(foci, 0, 0.005), 0);
        assertEquals(1, FocalZones.weight(foci, 1, 0.02), 0);
        assertEquals(0.5, FocalZones.weight(foci, 1, 0.03), 1e-12, "half-way at the 30 mm boundary");
        assertEquals(0, FocalZones.weight(foci, 2, 0.0285), 1e-12, "the deep zone starts 1 mm above its boundary");
    }

    @Test
    void eachWireIsResolvedAsByAFocusOnIt() {
        List<Double> zones = List.of(0.01, 0.03);
        double deepZoned = fwhm(0.01, zones, 0.03, 0.01), deepFocused = fwhm(0.03, List.of(), 0.03, 0.01);
        double shallowZoned = fwhm(0.01, zones, 0.01, 0.03), shallowFocused = fwhm(0.01, List.of(), 0.01, 0.03);
        double deepDefocused = fwhm(0.01, List.of(), 0.03, 0.01);
        System.out.printf("zones at 10 and 30 mm: wire at 30 mm %.3f mm (focus at 30: %.3f, at 10: %.3f), at 10 mm"
                + " %.3f mm (focus at 10: %.3f)%n", deepZoned * 1e3, deepFocused * 1e3, deepDefocused * 1e3,
                shallowZoned * 1e3, shallowFocused * 1e3);
        // 2 %: each wire's echo lies inside its own zone, away from the blends; the other zone's firing does not
        // reach it there.
        assertEquals(deepFocused, deepZoned, 0.02 * deepFocused);
        assertEquals(shallowFocused, shallowZoned, 0.02 * shallowFocused);
        assertTrue(deepDefocused > 1.5 * deepZoned, "one shallow focus blurs the deep wire: " + deepDefocused);
    }

    @Test
    void fociMustAscendApartAndWithinRange() {
        assertThrows(IllegalArgumentException.class, () -> FocalZones.check(List.of(0.02, 0.01)));
        assertThrows(IllegalArgumentException.class, () -> FocalZones.check(List.of(0.01, 0.012)));
        assertThrows(IllegalArgumentException.class, () -> FocalZones.check(List.of(0.01, 0.5)));
        FocalZones.check(List.of(0.01, 0.014, 0.03));
    }
}
