package org.modalis.ultrasound.doppler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modalis.metrics.MetricSet;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;

/**
 * Runs the lesson drafts in {@code scenarios/ultrasound-doppler/} (not yet in the scenario index: the
 * ultrasound modality that will read them is wired after merging) through the Doppler pipeline and checks
 * their {@code expect} ranges, as {@code LessonScenariosTest} will once they are indexed. The key mapping here
 * ({@link #protocol}, {@link #vessel}, {@link #colour}) is the one the modality's scenario binding should use.
 */
class DopplerScenarioDraftsTest {

    private static final Path DIR = Path.of("../scenarios/ultrasound-doppler");

    static Stream<Path> drafts() throws Exception {
        return Files.list(DIR).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void draftMeetsItsExpectations(Path file) throws Exception {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        JsonNode d = root.path("ultrasound").path("doppler");
        long seed = root.path("seed").asLong(1);
        Vessel vessel = vessel(d.path("vessel"), d.path("clutter"));
        DopplerProtocol p = protocol(d);
        MetricSet metrics = "colour".equals(d.path("mode").asText())
                ? DopplerMetrics.measure(vessel, ColourFlowImager.acquire(vessel, colour(p, d.path("colour")), new Rng(seed)))
                : PwDopplerPipeline.run(vessel, p, SpectrumSettings.of(p.fftLength()), seed, Progress.NONE).metrics();
        for (JsonNode e : root.path("expect")) {
            double v = metrics.get(e.path("metric").asText()).orElseThrow().value();
            boolean ok = v >= e.path("min").asDouble() && v <= e.path("max").asDouble();
            assertTrue(ok, file.getFileName() + ": " + e.path("metric").asText() + " = " + v + " outside ["
                    + e.path("min").asDouble() + ", " + e.path("max").asDouble() + "]: " + e.path("why").asText());
        }
    }

    static DopplerProtocol protocol(JsonNode d) {
        double prf = d.path("prf_khz").asDouble(5) * 1e3;
        int fft = d.path("fft_length").asInt(128);
        return new DopplerProtocol(d.path("centre_frequency_mhz").asDouble(5) * 1e6, d.path("fractional_bandwidth").asDouble(0.5),
                prf, d.path("gate_depth_mm").asDouble(20) * 1e-3, d.path("gate_length_mm").asDouble(2) * 1e-3,
                d.path("angle_deg").asDouble(60), d.path("beam_width_mm").asDouble(1) * 1e-3,
                Math.max(fft, (int) Math.round(d.path("duration_s").asDouble(2) * prf)), fft,
                d.path("wall_filter_hz").asDouble(100), d.path("snr_db").asDouble(30), d.path("sound_speed_m_s").asDouble(1540));
    }

    static Vessel vessel(JsonNode v, JsonNode clutter) {
        double speed = v.path("velocity_m_s").asDouble();
        VelocityProfile profile = switch (v.path("profile").asText("laminar")) {
            case "plug" -> new VelocityProfile.Plug(speed);
            case "laminar" -> new VelocityProfile.Laminar(speed);
            case "pulsatile" -> new VelocityProfile.Pulsatile(speed, new CardiacWaveform(v.path("heart_rate_bpm").asDouble(60)),
                    v.path("parabolic").asBoolean(true));
            default -> throw new IllegalArgumentException("profile: plug | laminar | pulsatile");
        };
        TissueClutter c = clutter.isMissingNode() ? TissueClutter.NONE : new TissueClutter(true, clutter.path("level_db").asDouble(40),
                clutter.path("wall_displacement_mm").asDouble(0) * 1e-3, clutter.path("wall_motion_hz").asDouble(1));
        return new Vessel(v.path("radius_mm").asDouble() * 1e-3, v.path("depth_mm").asDouble() * 1e-3, profile,
                v.path("scatterers_per_mm3").asDouble(Vessel.DEFAULT_DENSITY_PER_MM3), c);
    }

    static ColourFlowProtocol colour(DopplerProtocol p, JsonNode c) {
        return new ColourFlowProtocol(p, c.path("lines").asInt(32), c.path("line_spacing_mm").asDouble(0.3) * 1e-3,
                c.path("gates").asInt(32), c.path("ensemble").asInt(12), c.path("regression_order").asInt(1));
    }
}
