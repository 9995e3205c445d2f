package org.modalis.ultrasound.doppler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.image.Image;
import org.modalis.io.NpyArray;
import org.modalis.io.NpyReader;
import org.modalis.io.NpyWriter;
import org.modalis.physics.Rng;

/** The spectral display on synthetic tones and on simulated flow: axis, aliasing, broadening, export layout. */
class SpectrogramTest {

    private static final DopplerScale SCALE = new DopplerScale(5e6, 5e3, 0, 1540);

    private static SlowTimeSignal tone(double fHz, int n) {
        float[] iq = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double ph = 2 * Math.PI * fHz * i / SCALE.prfHz();
            iq[2 * i] = (float) Math.cos(ph);
            iq[2 * i + 1] = (float) Math.sin(ph);
        }
        return new SlowTimeSignal(iq, SCALE);
    }

    @Test
    void aToneLandsOnItsBinAndWrapsBeyondHalfThePrf() {
        // 1250 Hz = bin +32 of 128 at 5 kHz: exactly on a bin, so the Hann spectrum peaks there and its
        // neighbours hold a quarter of the amplitude each (Harris 1978): mean frequency exact to rounding.
        Spectrogram s = DopplerSpectrum.compute(tone(1250, 512), SpectrumSettings.of(128));
        assertEquals(1250, SCALE.frequency(VelocityEstimate.fromSpectrum(s).meanVelocity()), 1e-6);
        // 3750 Hz is 1250 Hz past +PRF/2: it must appear at 3750 − 5000 = −1250 Hz
        Spectrogram aliased = DopplerSpectrum.compute(tone(3750, 512), SpectrumSettings.of(128));
        assertEquals(-1250, SCALE.frequency(VelocityEstimate.fromSpectrum(aliased).meanVelocity()), 1e-6);
        // … and at +3750 Hz once the baseline is shifted to show −0.2…+1.8 × PRF/2 (+3750 lies inside)
        Spectrogram shifted = DopplerSpectrum.compute(tone(3750, 512), SpectrumSettings.of(128).withBaselineShift(0.8));
        assertEquals(3750, SCALE.frequency(VelocityEstimate.fromSpectrum(shifted).meanVelocity()), 1e-6);
    }

    @Test
    void transitTimeBroadeningMatchesTheGaussianBeamClosedForm() {
        // A scatterer crossing a Gaussian two-way beam (σ_b) at lateral speed v_x is amplitude-modulated by
        // exp(−(v_x·t)²/2σ_b²), whose power spectrum is Gaussian with σ_f = v_x / (2√2·π·σ_b) (transit-time
        // broadening, Newhouse et al. 1987). A long gate (10 mm) at 70° makes the axial gate transit slow
        // (58 ms, its sinc² adds ≈ 20 Hz in quadrature, estimated from its erf-smoothed tails); the 25.6 ms Hann
        // window adds 1/(√3·T) = 22.6 Hz in quadrature. Expected σ ≈ 128 Hz; seeds 1–4 measured 123–128 Hz
        // (−4…0 %); tolerance 8 %: the speckle of a 0.8 s record plus the rough estimate of the gate term.
        DopplerProtocol p = DopplerProtocol.defaults().withAngleDeg(70).withGate(30e-3, 10e-3).withPulses(4096)
                .withWallFilterCutoffHz(0).withSnrDb(Double.POSITIVE_INFINITY);
        double v = 0.5;
        SlowTimeSignal s = SlowTimeSimulator.acquire(Vessel.of(4e-3, 30e-3, new VelocityProfile.Plug(v)), p, new Rng(1));
        VelocityEstimate e = VelocityEstimate.fromSpectrum(DopplerSpectrum.compute(s, SpectrumSettings.of(128)));
        double sigmaB = new SampleVolume(p).sigmaBeam();
        double lateral = v * Math.sin(Math.toRadians(70)) / (2 * Math.sqrt(2) * Math.PI * sigmaB);
        double window = 1 / (Math.sqrt(3) * 128 / 5e3);
        double expectedHz = Math.sqrt(lateral * lateral + window * window + 20 * 20);
        double measuredHz = p.scale().frequency(e.spreadVelocity());
        assertEquals(expectedHz, measuredHz, 0.08 * expectedHz);
    }

    @Test
    void pulsatileEnvelopeFollowsTheTriphasicWaveform() {
        // Plug-shaped femoral-like flow, 0.6 m/s systolic peak at 60° (v_Nyq 0.77 m/s), 75 beats/min, 1.2 s.
        CardiacWaveform w = new CardiacWaveform(75);
        DopplerProtocol p = DopplerProtocol.defaults().withPulses(6000).withSnrDb(40);
        Vessel vessel = Vessel.of(3e-3, 20e-3, new VelocityProfile.Pulsatile(0.6, w, false));
        SlowTimeSignal s = WallFilter.of(p).filter(SlowTimeSimulator.acquire(vessel, p, new Rng(8)));
        Spectrogram g = DopplerSpectrum.compute(s, SpectrumSettings.of(128));
        double[] mean = g.meanVelocityEnvelope();
        double peak = Double.NEGATIVE_INFINITY;
        double trough = Double.POSITIVE_INFINITY;
        for (int c = 0; c < g.columns(); c++) {
            peak = Math.max(peak, mean[c]);
            trough = Math.min(trough, mean[c]);
            double expected = 0.6 * w.value(g.times()[c]); // times count from the first pulse
            if (Math.abs(expected) > 0.15) {
                // During strong flow (|v| > 0.15 m/s, well above the 100 Hz ≈ 0.03 m/s wall cutoff) the mean
                // envelope tracks the waveform: 0.05 m/s covers the speckle of a single 25.6 ms spectrum
                // (~0.02 m/s) and the waveform's change within the window (≤ 0.03 m/s on the systolic upstroke).
                assertEquals(expected, mean[c], 0.05, "t = " + g.times()[c]);
            }
        }
        // systole reaches the peak within 10 % (seed 8: 0.604 m/s); the early-diastolic reversal (model minimum
        // −0.178 m/s where the overlapping pulses sum) shows as negative flow (seed 8: −0.183 m/s); over the 50
        // strong-flow columns the largest envelope error was 0.030 m/s
        assertEquals(0.6, peak, 0.06);
        assertTrue(trough < -0.12, "reverse flow " + trough);
    }

    @Test
    void exportHelpersLayOutTimeByVelocity(@TempDir Path dir) throws Exception {
        Spectrogram s = DopplerSpectrum.compute(tone(1250, 512), SpectrumSettings.of(128));
        float[][] db = s.decibels(60);
        assertEquals(s.columns(), db.length);
        assertEquals(128, db[0].length);
        assertEquals(0, db[0][64 + 32], 1e-6, "the tone's bin is the maximum: 0 dB");
        assertEquals(-60, db[0][0], 1e-6, "far bins floor at −dynamic range");
        Path f = dir.resolve("spectrogram.npy");
        try (OutputStream out = Files.newOutputStream(f)) {
            NpyWriter.writeFloat32(out, s.shape(), s.decibelsFlat(60));
        }
        NpyArray back = NpyReader.read(f);
        assertArrayEquals(new int[] {s.columns(), 128}, back.shape());
        assertArrayEquals(s.decibelsFlat(60), back.toFloats());
        Image img = s.toImage(60);
        // image x = time column, y = velocity bin (increasing upwards when written LARGEST_Y_AT_TOP)
        assertEquals(db[2][64 + 32], img.at(2, 64 + 32), 0);
        assertEquals(s.columns(), img.grid().nx());
    }
}
