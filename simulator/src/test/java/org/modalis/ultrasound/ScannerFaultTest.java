package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.pipeline.Progress;

/**
 * The scanner faults of the probe-QA drill, against closed forms: a dead element removes its share of the
 * transmit and receive sums, and the speed-of-sound setting scales every displayed depth by c_assumed/c.
 */
class ScannerFaultTest {

    private static final double FOCUS = 0.025;
    private static final int DEAD = 63; // x = −0.15 mm, next to the centre line

    private static UltrasoundResult wire(Transducer probe, UltrasoundProtocol protocol, double wireX) {
        var gel = UsFixtures.tissue("gel", 1540, 1000, 0, 0);
        var job = UsFixtures.job(UsFixtures.block(gel), probe, protocol, List.of(new WireTarget(wireX, FOCUS, 50)), List.of(), 1);
        return new UltrasoundPipeline().run(job, Progress.NONE);
    }

    private static double peak(UltrasoundResult r) {
        double max = 0;
        for (float v : r.envelope()) {
            max = Math.max(max, v);
        }
        return max;
    }

    @Test
    void aDeadElementRemovesItsShareOfTheTransmitAndTheReceiveSum() {
        Transducer healthy = UsFixtures.LINEAR;
        Transducer broken = healthy.withFaults(List.of(new ElementFault(DEAD, 0)));
        UltrasoundProtocol protocol = UsFixtures.protocol(0.03, FOCUS, 1, 0);
        double ratio = peak(wire(broken, protocol, 0)) / peak(wire(healthy, protocol, 0));
        // Transmit: the focused field at the focus is the mean of the active elements' in-phase waves, so losing one
        // of the N elements within F/(2F#) = 6.25 mm of the line leaves (N−1)/N. Receive: the delay-and-sum output
        // at the focus is Σw·s/Σw over the Hann-weighted aperture |x| < r/(2F#) = 6.25 mm; the dead element's term
        // goes. Both assume equal per-element echoes; the directivity and 1/√r spread of the central element's
        // term against the aperture mean (≤ 4 %) moves the ratio by ≤ 0.2 % — tolerance 0.5 %.
        double half = FOCUS / (2 * 2);
        int active = 0;
        double weights = 0;
        for (int j = 0; j < healthy.elements(); j++) {
            double x = healthy.elementX(j);
            if (Math.abs(x) <= half) {
                active++;
            }
            if (Math.abs(x) < half) {
                weights += 0.5 * (1 + Math.cos(Math.PI * x / half));
            }
        }
        double deadWeight = 0.5 * (1 + Math.cos(Math.PI * healthy.elementX(DEAD) / half));
        double expected = (active - 1.0) / active * (1 - deadWeight / weights);
        assertEquals(expected, ratio, 0.005, "dead-element echo ratio (" + active + " transmit elements)");
    }

    @Test
    void aDeadElementFarFromTheLineChangesNothing() {
        // Element 5 (x = −17.6 mm) is outside both apertures of a line at x = 0: not one float may change.
        UltrasoundProtocol protocol = UsFixtures.protocol(0.03, FOCUS, 3, 0.6e-3);
        UltrasoundResult healthy = wire(UsFixtures.LINEAR, protocol, 0);
        UltrasoundResult broken = wire(UsFixtures.LINEAR.withFaults(List.of(new ElementFault(5, 0))), protocol, 0);
        assertArrayEquals(healthy.rf(), broken.rf());
    }

    @Test
    void theSpeedSettingScalesEveryDisplayedDepthAndDefocuses() {
        // F/1 on both sides: the widest apertures, where a speed error hurts most (see below).
        UltrasoundProtocol right = new UltrasoundProtocol(0.035, FOCUS, 41, 4e-3, 1, 1, 0, 0, 60, -200, 8, -40);
        UltrasoundProtocol fat = right.withAssumedSpeed(1450);
        UltrasoundResult a = wire(UsFixtures.LINEAR, right, 0), b = wire(UsFixtures.LINEAR, fat, 0);
        // Time-to-depth with 1450 m/s in a 1540 m/s medium: d' = d·1450/1540, an error of 25·(1450/1540 − 1) = −1.461 mm.
        // Tolerance 0.01 mm: the parabolic peak fit is good to a fraction of the 0.02 mm sample spacing.
        double expected = FOCUS * 1e3 * (1450.0 / 1540 - 1);
        assertEquals(expected, b.metrics().get("wire.depth_error").orElseThrow().value(), 0.01);
        assertEquals(0, a.metrics().get("wire.depth_error").orElseThrow().value(), 0.005);
        // The focusing delays, computed for 1450 m/s, leave a delay error x²/(2d)·(1/1450 − 1/1540) growing across
        // the aperture: at its edge x = d/(2F#) = 12.5 mm that is 126 ns, 0.63 of a 5 MHz period, on receive and as
        // much on transmit — far past the λ/8 (Rayleigh quarter-wave two-way) that keeps a focus. The lateral FWHM
        // must grow clearly (measured 0.36 → 1.03 mm); at F/2 the error is 4× smaller and the broadening only a few per cent.
        double wide = b.metrics().get("wire.lateral_fwhm").orElseThrow().value();
        double sharp = a.metrics().get("wire.lateral_fwhm").orElseThrow().value();
        assertTrue(wide > 1.3 * sharp, "defocus: " + sharp + " mm → " + wide + " mm");
    }
}
