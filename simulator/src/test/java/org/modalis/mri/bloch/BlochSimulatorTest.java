package org.modalis.mri.bloch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Bloch simulator against the closed forms of Hahn, Phys. Rev. 80 (1950) 580, and of relaxation. */
class BlochSimulatorTest {

    private static final double T1 = 0.8;
    private static final double T2 = 0.08;
    private static final double DT = 1e-4;

    @Test
    void ninetyDegreePulseAboutXTakesZToMinusY() {
        IsochromatEnsemble spins = IsochromatEnsemble.ofOffsets(new double[] {0});
        spins.apply(HardPulse.degrees(0, 90, 0));
        double[] m = new double[3];
        spins.mean(m);
        // A rotation matrix is exact to rounding: 1e-15.
        assertEquals(0, m[0], 1e-15);
        assertEquals(-1, m[1], 1e-15);
        assertEquals(0, m[2], 1e-15);
    }

    @Test
    void fidDecaysWithTheT2StarOfTheLorentzianLine() {
        double fwhm = 20;   // Γ [Hz]: 1/T2* = 1/T2 + πΓ = 12.5 + 62.8 = 75.3 /s
        BlochTrace trace = new BlochSimulator(T1, T2, DT).simulate(BlochSequence.fid(0.06), IsochromatEnsemble.lorentzian(20_000, fwhm));
        double rate = 1 / T2 + Math.PI * fwhm;
        double worst = 0;
        for (int i = 0; i < trace.samples(); i++) {
            worst = Math.max(worst, Math.abs(trace.transverse(i) - Math.exp(-rate * trace.time(i))));
        }
        // Quantile sampling of the Cauchy line leaves a residual of the ensemble mean that falls roughly as
        // n^-0.75 (measured with numpy: 0.0065 at n = 4000, 0.0027 at n = 16 000 over 0 … 50 ms); 0.003 at n = 20 000.
        assertTrue(worst < 3e-3, "max |FID − e^(−t/T2*)| = " + worst);
        // The log-slope between 5 and 25 ms (signal 0.69 … 0.15) gives 1/T2* within 1 %.
        double fitted = Math.log(trace.transverseAt(0.005) / trace.transverseAt(0.025)) / 0.020;
        assertEquals(rate, fitted, 0.01 * rate);
        // Without the spread the decay is T2 alone: 1/T2* = 1/T2 exactly (one isochromat, exact steps, 1e-12).
        BlochTrace pure = new BlochSimulator(T1, T2, DT).simulate(BlochSequence.fid(0.06), IsochromatEnsemble.lorentzian(1, 0));
        assertEquals(Math.exp(-0.04 / T2), pure.transverseAt(0.04), 1e-12);
    }

    @Test
    void spinEchoRefocusesTheLorentzianSpreadToExpMinusTeOverT2() {
        double te = 0.04;
        BlochTrace trace = new BlochSimulator(T1, T2, DT).simulate(BlochSequence.spinEcho(te, 0.06),
                IsochromatEnsemble.lorentzian(4000, 50));
        // The 180° pulse undoes every static phase exactly: only rounding remains (1e-9 covers 400 steps).
        assertEquals(Math.exp(-te / T2), trace.transverseAt(te), 1e-9);
        // Halfway to the echo the spread has dephased the signal (e^(−π·50·0.01) ≈ 0.2 of the T2 curve).
        assertTrue(trace.transverseAt(te * 0.75) < 0.3 * Math.exp(-0.75 * te / T2), "no dephasing before the echo");
    }

    @Test
    void stimulatedEchoHasHalfTheAmplitudeWithT1DecayDuringTheMixingTime() {
        double tau = 0.005, tm = 0.05;   // TM = 10 τ: every coherence pathway's phase is a multiple of 2πΔf·τ
        BlochTrace trace = new BlochSimulator(T1, T2, DT).simulate(BlochSequence.stimulatedEcho(tau, tm, 0.08),
                IsochromatEnsemble.dephasingCycle(360, tau));
        double hahn = 0.5 * Math.exp(-tm / T1) * Math.exp(-2 * tau / T2);
        // Unwanted pathways cancel exactly in the dephasing-cycle ensemble: the echo is the closed form to rounding.
        assertEquals(hahn, trace.transverseAt(2 * tau + tm), 1e-9);
        // The first spin echo (pulses 1 and 2, at 2τ) also has half amplitude for a 90° refocusing pulse.
        assertEquals(0.5 * Math.exp(-2 * tau / T2), trace.transverseAt(2 * tau), 1e-9);
        // Between echoes nothing is left.
        assertTrue(trace.transverseAt(2 * tau + tm / 2) < 1e-9);
    }

    @Test
    void longitudinalMagnetizationRecoversWithT1AfterInversion() {
        BlochTrace trace = new BlochSimulator(T1, T2, 1e-3).simulate(BlochSequence.inversion(3.0), IsochromatEnsemble.lorentzian(1, 0));
        for (double t : new double[] {0, 0.2, 0.554, 1.5, 3.0}) {
            // Sample times on the 1 ms grid (0.554 s is next to the null T1·ln 2). Exact relaxation steps compound without splitting error: rounding only (1e-12 over 3000 steps).
            assertEquals(1 - 2 * Math.exp(-t / T1), trace.longitudinalAt(t), 1e-12, "Mz at t = " + t);
        }
    }

    @Test
    void refusesPulsesOffTheGridAndUnphysicalT2() {
        assertThrows(IllegalArgumentException.class, () -> new BlochSimulator(0.1, 0.3, DT));
        assertThrows(IllegalArgumentException.class,
                () -> new BlochSimulator(T1, T2, 1e-3).simulate(BlochSequence.spinEcho(0.0105, 0.02), IsochromatEnsemble.lorentzian(1, 0)));
    }
}
