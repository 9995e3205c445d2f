package org.modalis.pipeline;

import org.modalis.scenario.Parameters;
import org.modalis.scenario.Scenario;
import org.modalis.ultrasound.doppler.CardiacWaveform;
import org.modalis.ultrasound.doppler.ColourFlowProtocol;
import org.modalis.ultrasound.doppler.DopplerProtocol;
import org.modalis.ultrasound.doppler.SpectrumSettings;
import org.modalis.ultrasound.doppler.TissueClutter;
import org.modalis.ultrasound.doppler.Vessel;
import org.modalis.ultrasound.doppler.VelocityProfile;

/**
 * Turns a validated scenario's {@code ultrasound.doppler} block into the Doppler records: the pulse and gate
 * ({@link DopplerProtocol}), the vessel with its flow and clutter ({@link Vessel}), the spectral display
 * ({@link SpectrumSettings}) and, for colour, the box ({@link ColourFlowProtocol}). Units are converted from the
 * key names (mm, MHz, kHz) to SI; range errors the records raise (e.g. a PRF too high for the gate depth) are
 * reported at {@code ultrasound.doppler}.
 */
final class DopplerScenarioBinding {

    private final Scenario scenario;
    private final Parameters d;

    DopplerScenarioBinding(Scenario scenario) {
        this.scenario = scenario;
        this.d = scenario.section("ultrasound").section("doppler");
    }

    DopplerProtocol protocol() {
        return checked(() -> {
            double prf = d.getDouble("prf_khz") * 1e3;
            int fft = d.getInt("fft_length");
            int pulses = Math.max(fft, (int) Math.round(d.getDouble("duration_s") * prf));
            return new DopplerProtocol(d.getDouble("centre_frequency_mhz") * 1e6, d.getDouble("fractional_bandwidth"), prf,
                    d.getDouble("gate_depth_mm") * 1e-3, d.getDouble("gate_length_mm") * 1e-3, d.getDouble("angle_deg"),
                    d.getDouble("beam_width_mm") * 1e-3, pulses, fft, d.getDouble("wall_filter_hz"), d.getDouble("snr_db"),
                    d.getDouble("sound_speed_m_s"));
        });
    }

    Vessel vessel() {
        Parameters v = d.section("vessel");
        Parameters c = d.section("clutter");
        return checked(() -> {
            double speed = v.getDouble("velocity_m_s");
            VelocityProfile profile = switch (v.getString("profile")) {
                case "plug" -> new VelocityProfile.Plug(speed);
                case "pulsatile" -> new VelocityProfile.Pulsatile(speed, new CardiacWaveform(v.getDouble("heart_rate_bpm")),
                        v.getBool("parabolic"));
                default -> new VelocityProfile.Laminar(speed);
            };
            TissueClutter clutter = c.getBool("enabled") ? new TissueClutter(true, c.getDouble("level_db"),
                    c.getDouble("wall_displacement_mm") * 1e-3, c.getDouble("wall_motion_hz")) : TissueClutter.NONE;
            return new Vessel(v.getDouble("radius_mm") * 1e-3, v.getDouble("depth_mm") * 1e-3, profile,
                    v.getDouble("scatterers_per_mm3"), clutter);
        });
    }

    SpectrumSettings spectrum(DopplerProtocol p) {
        return checked(() -> SpectrumSettings.of(p.fftLength()).withBaselineShift(d.getDouble("baseline_shift")));
    }

    ColourFlowProtocol colour(DopplerProtocol p) {
        Parameters c = d.section("colour");
        return checked(() -> new ColourFlowProtocol(p, c.getInt("lines"), c.getDouble("line_spacing_mm") * 1e-3, c.getInt("gates"),
                c.getInt("ensemble"), c.getInt("regression_order")));
    }

    private <T> T checked(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw scenario.at("ultrasound.doppler", e.getMessage(), "see docs/ultrasound.md (Doppler) for the ranges");
        }
    }
}
