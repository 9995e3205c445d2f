package org.modalis.ultrasound.doppler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.modalis.physics.Rng;

/**
 * PW Doppler against the Doppler equation: plug flow read back through the whole chain (scatterers → gate IQ →
 * wall filter → Hann-windowed spectrogram → angle-corrected velocity), aliasing, and the laminar spectrum.
 */
class PwDopplerValidationTest {

    /** 5 MHz, 5 kHz PRF, 2 mm gate at 20 mm in a 3 mm-radius vessel, 1 mm beam, 30 dB SNR, 100 Hz wall filter. */
    static DopplerProtocol protocol(double angleDeg, int pulses) {
        return DopplerProtocol.defaults().withAngleDeg(angleDeg).withPulses(pulses);
    }

    static VelocityEstimate spectralEstimate(Vessel vessel, DopplerProtocol p, long seed) {
        SlowTimeSignal raw = SlowTimeSimulator.acquire(vessel, p, new Rng(seed));
        SlowTimeSignal filtered = WallFilter.of(p).filter(raw);
        return VelocityEstimate.fromSpectrum(DopplerSpectrum.compute(filtered, SpectrumSettings.of(p.fftLength())));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 45, 60})
    void plugFlowBelowNyquistIsMeasuredWithinFivePercent(double angleDeg) {
        DopplerProtocol p = protocol(angleDeg, 2048);
        double v = 0.5 * p.scale().nyquistVelocity(); // 0.19 m/s at 0°, 0.27 at 45°, 0.39 at 60°
        VelocityEstimate e = spectralEstimate(Vessel.of(3e-3, 20e-3, new VelocityProfile.Plug(v)), p, 11);
        // The requirement: 5 %. The model's own bias is far smaller: the spectrum is symmetric about
        // f_D (transit-time broadening is symmetric) and noise at 30 dB SNR pulls the mean towards 0 by ~0.1 %;
        // what remains is the speckle of a finite record: over seeds 1–5 (2048 pulses) the error stayed within
        // −0.9…+0.4 % at all three angles.
        assertEquals(v, e.meanVelocity(), 0.05 * v, "angle " + angleDeg + "°");
    }

    @Test
    void angleCorrectionIsExact() {
        DopplerScale s = new DopplerScale(5e6, 5e3, 60, 1540);
        // f_D = 2·f0·v·cos θ / c: 1 m/s at 60° and 5 MHz shifts by 3246.75 Hz; the inverse must return 1 m/s.
        assertEquals(2 * 5e6 * 0.5 / 1540, s.frequency(1.0), 1e-9);
        assertEquals(1.0, s.velocity(s.frequency(1.0)), 1e-12);
        assertEquals(1540 * 5e3 / (4 * 5e6 * 0.5), s.nyquistVelocity(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 60})
    void plugFlowAboveNyquistWrapsToVMinusTwoVNyq(double angleDeg) {
        DopplerProtocol p = protocol(angleDeg, 2048);
        double vn = p.scale().nyquistVelocity();
        double v = 1.5 * vn;
        VelocityEstimate e = spectralEstimate(Vessel.of(3e-3, 20e-3, new VelocityProfile.Plug(v)), p, 12);
        // The displayed velocity is v − 2·v_Nyq = −0.5·v_Nyq: the flow appears reversed. Tolerance 5 % of v_Nyq
        // (the brief's); over seeds 1–5 at 0°, 45° and 60° the error stayed within ±0.7 % of v_Nyq.
        assertEquals(v - 2 * vn, e.meanVelocity(), 0.05 * vn);
        VelocityEstimate k = VelocityEstimate.fromAutocorrelation(
                WallFilter.of(p).filter(SlowTimeSimulator.acquire(Vessel.of(3e-3, 20e-3, new VelocityProfile.Plug(v)), p, new Rng(12))));
        assertEquals(v - 2 * vn, k.meanVelocity(), 0.05 * vn, "Kasai wraps the same way");
    }

    @Test
    void baselineShiftUnwrapsModerateAliasing() {
        DopplerProtocol p = protocol(60, 2048);
        double vn = p.scale().nyquistVelocity();
        double v = 1.3 * vn;
        SlowTimeSignal s = WallFilter.of(p).filter(
                SlowTimeSimulator.acquire(Vessel.of(3e-3, 20e-3, new VelocityProfile.Plug(v)), p, new Rng(13)));
        Spectrogram shifted = DopplerSpectrum.compute(s, SpectrumSettings.of(128).withBaselineShift(0.8));
        // The axis now spans −0.2…1.8·v_Nyq, which holds 1.3·v_Nyq unwrapped; tolerance as for plug flow.
        assertEquals(v, VelocityEstimate.fromSpectrum(shifted).meanVelocity(), 0.05 * v);
    }

    @Test
    void laminarSpectrumIsUniformFromZeroToVmax() {
        // Uniform insonation of the whole lumen (30 mm beam ≫ 2 mm radius, 6 mm gate ≫ lumen seen along the
        // beam at 0°): the velocity distribution of a parabolic profile over the area is then uniform on
        // [0, v_max], because dA = 2πr·dr ∝ d(r²) ∝ dv. Mean v_max/2, p-th percentile p·v_max.
        DopplerProtocol p = protocol(0, 2048).withGate(20e-3, 6e-3).withBeamWidthM(30e-3).withWallFilterCutoffHz(0)
                .withSnrDb(Double.POSITIVE_INFINITY);
        double vmax = 0.8 * p.scale().nyquistVelocity();
        Spectrogram s = DopplerSpectrum.compute(
                SlowTimeSimulator.acquire(Vessel.of(2e-3, 20e-3, new VelocityProfile.Laminar(vmax)), p, new Rng(21)),
                SpectrumSettings.of(128));
        VelocityEstimate e = VelocityEstimate.fromSpectrum(s);
        double[] avg = s.averageSpectrum();
        // 10 %: slow scatterers near the wall renew few times in 0.4 s, so their share of power fluctuates
        // (speckle: over seeds 1–5 the mean erred −3.2…+2.1 %, the spread −2.1…+3.7 %, the percentiles by at most
        // 0.011·v_max); gate-transit broadening (λ/2L ≈ 2.6 % of f_D) and the 1.9 %-of-v_max bins smear the edges.
        assertEquals(vmax / 2, e.meanVelocity(), 0.10 * vmax / 2, "mean");
        assertEquals(0.05 * vmax, s.percentileVelocity(avg, 0.05), 0.05 * vmax, "5th percentile");
        assertEquals(0.95 * vmax, s.percentileVelocity(avg, 0.95), 0.05 * vmax, "95th percentile");
        assertEquals(vmax / Math.sqrt(12), e.spreadVelocity(), 0.10 * vmax / Math.sqrt(12), "spread of a uniform law");
    }

    @Test
    void kasaiMatchesSpectralMeanOnNoiseFreePlugFlow() {
        DopplerProtocol p = protocol(45, 2048).withSnrDb(Double.POSITIVE_INFINITY).withWallFilterCutoffHz(0);
        double v = 0.4 * p.scale().nyquistVelocity();
        SlowTimeSignal s = SlowTimeSimulator.acquire(Vessel.of(3e-3, 20e-3, new VelocityProfile.Plug(v)), p, new Rng(31));
        double spectral = VelocityEstimate.fromSpectrum(DopplerSpectrum.compute(s, SpectrumSettings.of(128))).meanVelocity();
        double kasai = VelocityEstimate.fromAutocorrelation(s).meanVelocity();
        // Both estimate the first moment of the same spectrum (Kasai: its circular mean); 5 % as required.
        assertEquals(spectral, kasai, 0.05 * Math.abs(spectral));
    }
}
