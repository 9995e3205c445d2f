package org.modalis.ultrasound.doppler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modalis.physics.Rng;

/** The wall filters: clutter out (≥ 40 dB), flow above cutoff through. */
class WallFilterTest {

    /** Gate 8 mm above a 3 mm-radius vessel at 20 mm: it sees only tissue, 40 dB above blood. */
    private static SlowTimeSignal tissueOnly(TissueClutter clutter) {
        DopplerProtocol p = DopplerProtocol.defaults().withGate(12e-3, 2e-3).withPulses(2048).withSnrDb(Double.POSITIVE_INFINITY);
        Vessel v = Vessel.of(3e-3, 20e-3, new VelocityProfile.Plug(0.3)).withClutter(clutter);
        return SlowTimeSimulator.acquire(v, p, new Rng(5));
    }

    @Test
    void firFilterRemovesStationaryAndSlowlyMovingClutterByFortyDb() {
        FirWallFilter f = FirWallFilter.design(100, 5e3);
        for (TissueClutter c : new TissueClutter[] {TissueClutter.stationary(40), new TissueClutter(true, 40, 0.1e-3, 1.2)}) {
            SlowTimeSignal in = tissueOnly(c);
            SlowTimeSignal out = f.filter(in);
            double dropDb = 10 * Math.log10(in.meanPower(0, in.length()) / out.meanPower(0, out.length()));
            // The brief's requirement: ≥ 40 dB. Stationary tissue meets the exact zero at 0 Hz (drop limited by
            // float rounding, > 100 dB); a wall moving 0.1 mm at 1.2 Hz phase-modulates the echo by
            // 2k·A = 4 rad, a line spectrum within (4 + 1)·1.2 Hz (Carson) ≪ 50 Hz, deep in the ≥ 74 dB stop band.
            assertTrue(dropDb >= 40, "clutter drop " + dropDb + " dB for " + c);
        }
    }

    @Test
    void firFilterPassesFlowAboveCutoffAndHasTheStatedResponse() {
        FirWallFilter f = FirWallFilter.design(100, 5e3);
        assertEquals(0, f.gain(0, 5e3), 1e-12, "exact zero at DC (taps of the low-pass sum to one)");
        // Blackman: −74 dB stop band below cutoff/2 (= 2·10⁻⁴), < 0.02 dB ripple above 1.5·cutoff, −6 dB at cutoff.
        assertTrue(f.gain(40, 5e3) < 2e-4, "stop band " + f.gain(40, 5e3));
        assertEquals(1, f.gain(160, 5e3), 3e-3);
        assertEquals(0.5, f.gain(100, 5e3), 0.02);
        DopplerProtocol p = DopplerProtocol.defaults().withPulses(2048).withSnrDb(Double.POSITIVE_INFINITY);
        SlowTimeSignal flow = SlowTimeSimulator.acquire(Vessel.of(3e-3, 20e-3, new VelocityProfile.Plug(0.3)), p, new Rng(6));
        SlowTimeSignal out = f.filter(flow);
        int m = f.taps().length / 2;
        double ratioDb = 10 * Math.log10(out.meanPower(0, out.length()) / flow.meanPower(m, flow.length() - m));
        // 0.3 m/s at 60° is f_D = 974 Hz, ten times the cutoff: the flow passes within the pass-band ripple; the
        // tolerance 0.1 dB also covers the transit-time spread of the flow band (±~300 Hz, still ≫ 160 Hz).
        assertEquals(0, ratioDb, 0.1);
    }

    @Test
    void flowIsMeasuredThroughFortyDbClutterAfterTheWallFilter() {
        DopplerProtocol p = DopplerProtocol.defaults().withPulses(4096);
        double v = 0.4;
        Vessel vessel = Vessel.of(3e-3, 20e-3, new VelocityProfile.Plug(v)).withClutter(new TissueClutter(true, 40, 0.1e-3, 1.2));
        VelocityEstimate e = PwDopplerValidationTest.spectralEstimate(vessel, p, 7);
        // Same 5 % as without clutter: the filter must leave no clutter line at 0 Hz to drag the mean down.
        assertEquals(v, e.meanVelocity(), 0.05 * v);
    }

    @Test
    void regressionFilterRemovesPolynomialsExactly() {
        int n = 12;
        RegressionWallFilter f = RegressionWallFilter.of(2, n);
        float[] in = new float[2 * n];
        for (int i = 0; i < n; i++) {
            in[2 * i] = (float) (3 + 0.5 * i - 0.1 * i * i);
            in[2 * i + 1] = (float) (-1 + 0.2 * i);
        }
        float[] out = new float[2 * n];
        f.apply(in, out);
        for (float x : out) {
            // a quadratic is in the removed subspace: only float rounding (~1e-6 of values ≤ 10) remains
            assertEquals(0, x, 1e-5);
        }
        // a tone at PRF/4 is nearly orthogonal to low-order polynomials: most of its power survives
        for (int i = 0; i < n; i++) {
            in[2 * i] = (float) Math.cos(Math.PI / 2 * i);
            in[2 * i + 1] = (float) Math.sin(Math.PI / 2 * i);
        }
        f.apply(in, out);
        double p = 0;
        for (float x : out) {
            p += x * x;
        }
        assertTrue(p / n > 0.8, "tone power kept " + p / n);
    }
}
