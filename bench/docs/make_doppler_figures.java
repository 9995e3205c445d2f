// Regenerates the pictures of docs/ultrasound-doppler.md from the lesson drafts in scenarios/ultrasound-doppler:
//   bash bench/docs/make_doppler_figures.sh
// (a single-file Java program: the ultrasound modality that will run these scenarios through `modalis run` is
// wired after merging; until then this reads the drafts with the same key mapping as DopplerScenarioDraftsTest).
// PW: the spectrogram in dB (60 dB range), time to the right, velocity up (baseline in the middle).
// Colour: red towards the probe, blue away, brightness |v|/v_Nyq, black below the 20 dB power threshold.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.modalis.io.PngWriter;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;
import org.modalis.ultrasound.doppler.*;

public class make_doppler_figures {

    public static void main(String[] args) throws Exception {
        Path out = Path.of("docs/images/ultrasound-doppler");
        Files.createDirectories(out);
        for (String name : new String[] {"pw-laminar", "pw-full-lumen-gate", "pw-aliasing", "pw-aliasing-fixed",
                "pw-no-wall-filter", "pw-femoral-triphasic", "colour-laminar", "colour-aliasing"}) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Path.of("scenarios/ultrasound-doppler", name + ".yaml").toFile());
            JsonNode d = root.path("ultrasound").path("doppler");
            long seed = root.path("seed").asLong(1);
            Vessel vessel = vessel(d.path("vessel"), d.path("clutter"));
            DopplerProtocol p = protocol(d);
            if ("colour".equals(d.path("mode").asText())) {
                ColourFlowMap m = ColourFlowImager.acquire(vessel, colour(p, d.path("colour")), new Rng(seed));
                PngWriter.writeRgb(out.resolve(name + ".png"), colourPicture(m, 8));
            } else {
                SpectrumSettings s = new SpectrumSettings(p.fftLength(), Math.max(1, p.fftLength() / 8), 0);
                PwDopplerResult r = PwDopplerPipeline.run(vessel, p, s, seed, Progress.NONE);
                PngWriter.writeGrey(out.resolve(name + ".png"), r.spectrogram().toImage(60));
            }
            System.out.println("wrote " + out.resolve(name + ".png"));
        }
    }

    /** Velocity map, depth down, each pixel drawn as a {@code zoom} × {@code zoom} block. */
    static BufferedImage colourPicture(ColourFlowMap m, int zoom) {
        ColourFlowProtocol p = m.protocol();
        boolean[] mask = m.flowMask(20);
        BufferedImage img = new BufferedImage(p.lines() * zoom, p.gates() * zoom, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < p.gates(); j++) {
            for (int l = 0; l < p.lines(); l++) {
                int k = m.index(j, l);
                double f = Math.min(1, Math.abs(m.velocity()[k]) / m.nyquistVelocity());
                int level = mask[k] ? (int) Math.round(255 * f) : 0;
                int rgb = m.velocity()[k] >= 0 ? level << 16 | (level / 4) << 8 : (level / 4) << 8 | level;
                for (int y = 0; y < zoom; y++) {
                    for (int x = 0; x < zoom; x++) {
                        img.setRGB(l * zoom + x, j * zoom + y, rgb);
                    }
                }
            }
        }
        return img;
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
            case "pulsatile" -> new VelocityProfile.Pulsatile(speed, new CardiacWaveform(v.path("heart_rate_bpm").asDouble(60)),
                    v.path("parabolic").asBoolean(true));
            default -> new VelocityProfile.Laminar(speed);
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
