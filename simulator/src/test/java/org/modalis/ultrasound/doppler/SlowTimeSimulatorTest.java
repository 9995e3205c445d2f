package org.modalis.ultrasound.doppler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.modalis.physics.Rng;

/** The forward model's statistics, noise level, reproducibility and input checks. */
class SlowTimeSimulatorTest {

    private static final DopplerProtocol P = DopplerProtocol.defaults().withPulses(1024);
    private static final Vessel VESSEL = Vessel.of(3e-3, 20e-3, new VelocityProfile.Plug(0.3));

    @Test
    void sameSeedGivesSameBytesAndAnotherSeedDoesNot() {
        Vessel v = VESSEL.withClutter(new TissueClutter(true, 40, 0.1e-3, 1));
        float[] a = SlowTimeSimulator.acquire(v, P, new Rng(42)).iq();
        float[] b = SlowTimeSimulator.acquire(v, P, new Rng(42)).iq();
        assertArrayEquals(a, b); // parallel over pulses, each into its own slot: scheduling cannot matter
        assertFalse(Arrays.equals(a, SlowTimeSimulator.acquire(v, P, new Rng(43)).iq()));
    }

    @Test
    void bloodEchoIsCircularGaussian() {
        // Rayleigh statistics: for a circular complex Gaussian x, E|x|⁴ / (E|x|²)² = 2 (exponential intensity).
        // 0.7 m/s at 60° crosses the 0.42 mm (σ) beam in ~1 ms = 5 pulses, so 4096 pulses hold ~800 independent
        // samples; Var(I²) = 20 for unit-mean exponential I, so the ratio's standard error is ≈ √(20/800) = 0.16.
        // Tolerance 0.4 (2.5σ). A non-Gaussian echo fails it: one dominant scatterer gives a ratio near 1.
        DopplerProtocol p = P.withPulses(4096).withSnrDb(Double.POSITIVE_INFINITY);
        SlowTimeSignal s = SlowTimeSimulator.acquire(VESSEL.withProfile(new VelocityProfile.Plug(0.7)), p, new Rng(3));
        double m2 = 0;
        double m4 = 0;
        for (int n = 0; n < s.length(); n++) {
            double i = s.re(n) * s.re(n) + s.im(n) * s.im(n);
            m2 += i;
            m4 += i * i;
        }
        m2 /= s.length();
        m4 /= s.length();
        assertEquals(2, m4 / (m2 * m2), 0.4);
    }

    @Test
    void noiseHasTheStatedPowerRelativeToAFullSampleVolume() {
        // Gate in a vessel-free region (12 mm, vessel at 20 mm with 3 mm radius): only noise remains, of power
        // ρ·V_eff / 10^(SNR/10). 1024 samples estimate a power with relative standard error 1/√1024 = 3 %: 10 %.
        DopplerProtocol p = P.withGate(12e-3, 2e-3).withSnrDb(20);
        SlowTimeSignal s = SlowTimeSimulator.acquire(VESSEL, p, new Rng(4));
        double expected = VESSEL.scattererDensity() * new SampleVolume(p).effectiveVolume() / 100;
        assertEquals(expected, s.meanPower(0, s.length()), 0.10 * expected);
        // … and that reference is the blood power itself when blood fills the gate (3 mm lumen ≫ 2 mm gate, 1 mm
        // beam). The speckle of a 4096-pulse record at 0.7 m/s scatters that power by 8 % (seeds 1–8: ratio
        // 0.86…1.11, mean 1.003), so 25 % (3σ): a lost factor 2 or π in the reference would still fail.
        SlowTimeSignal blood = SlowTimeSimulator.acquire(VESSEL.withProfile(new VelocityProfile.Plug(0.7)),
                P.withPulses(4096).withSnrDb(Double.POSITIVE_INFINITY), new Rng(4));
        assertEquals(expected * 100, blood.meanPower(0, blood.length()), 0.25 * expected * 100);
    }

    @Test
    void sampleVolumeMatchesClosedForms() {
        SampleVolume sv = new SampleVolume(P);
        // σ_t = √(2 ln 2)/(π·B·f0) = 1.4990e-7 s at 5 MHz, B = 0.5; σ_z = c·σ_t/2 = 0.11542 mm
        assertEquals(1540 * Math.sqrt(2 * Math.log(2)) / (Math.PI * 0.5 * 5e6) / 2, sv.sigmaZ(), 1e-12);
        assertEquals(1.0, sv.axial(0), 1e-9, "inside a 2 mm gate far from its ends G = 1");
        assertEquals(0.5, sv.axial(1e-3), 1e-4, "at the gate end G = ½ (erf symmetric); table interpolation 1e-4");
        assertEquals(0.5, sv.lateral(Math.pow(0.5e-3, 2)), 1e-12, "half amplitude at half the 1 mm −6 dB width");
        // ∫G² dz → L − 2σ_z/√π for L ≫ σ_z (each end loses σ_z/√π); ∫B² = π·σ_b²
        double sb = sv.sigmaBeam();
        assertEquals((2e-3 - 2 * sv.sigmaZ() / Math.sqrt(Math.PI)) * Math.PI * sb * sb, sv.effectiveVolume(), 1e-4 * sv.effectiveVolume());
    }

    @Test
    void protocolRejectsOutOfRangeValuesWithRangeAndUnit() {
        var e = assertThrows(IllegalArgumentException.class, () -> DopplerProtocol.defaults().withAngleDeg(85));
        assertEquals(true, e.getMessage().contains("0…80") && e.getMessage().contains("deg"), e.getMessage());
        var prf = assertThrows(IllegalArgumentException.class, () -> DopplerProtocol.defaults().withGate(0.15, 2e-3).withPrfHz(6e3));
        assertEquals(true, prf.getMessage().contains("range ambiguity"), prf.getMessage());
    }
}
