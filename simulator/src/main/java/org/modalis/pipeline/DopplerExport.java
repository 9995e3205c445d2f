package org.modalis.pipeline;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.io.NpyWriter;
import org.modalis.io.OutputDirectory;
import org.modalis.io.PngRowOrder;
import org.modalis.io.PngWriter;
import org.modalis.metrics.MetricSet;
import org.modalis.scenario.Scenario;
import org.modalis.ultrasound.doppler.ColourFlowMap;
import org.modalis.ultrasound.doppler.PwDopplerResult;

/**
 * Writes a Doppler run. PW: {@code raw.npy} (the gate's slow-time IQ, complex64, one sample per pulse, before the
 * wall filter), {@code image.npy} (the spectrogram in dB, float32, time × velocity, 0 dB = its maximum, floored
 * at −{@value #DYNAMIC_RANGE_DB} dB) and {@code image.png} (time to the right, forward flow up). Colour:
 * {@code image.npy} (mean velocity [m/s], gates × lines, 0 where the echo power is more than 20 dB below its peak (no flow)) and {@code image.png} (red
 * towards the probe, blue away, brightness ∝ |v|/v_Nyq, black where the echo power shows no flow). Both write
 * {@code metrics.json}.
 */
final class DopplerExport {

    /** Displayed dynamic range of the spectrogram. */
    static final double DYNAMIC_RANGE_DB = 40;

    private DopplerExport() {
    }

    static List<Path> writePw(Path dir, Scenario scenario, PwDopplerResult r) {
        OutputDirectory out = OutputDirectory.create(dir);
        float[] iq = r.raw().iq();
        out.write("raw.npy", s -> NpyWriter.writeComplex64(s, new int[] {iq.length / 2}, iq));
        float[] db = r.spectrogram().decibelsFlat(DYNAMIC_RANGE_DB);
        int[] shape = r.spectrogram().shape();
        out.write("image.npy", s -> NpyWriter.writeFloat32(s, shape, db));
        Image picture = r.spectrogram().toImage(DYNAMIC_RANGE_DB);
        out.write("image.png", s -> PngWriter.writeGrey(s, picture, 0, Window.ofRange(-DYNAMIC_RANGE_DB, 0),
                PngRowOrder.LARGEST_Y_AT_TOP));
        return report(out, scenario, r.metrics(), r.trace(), Map.of("spectrogram_shape", List.of(shape[0], shape[1])));
    }

    static List<Path> writeColour(Path dir, Scenario scenario, ColourFlowMap map, MetricSet metrics, Trace trace) {
        OutputDirectory out = OutputDirectory.create(dir);
        Image v = map.velocityImage();
        boolean[] flow = map.flowMask(20);
        float[] shown = v.data().clone();
        for (int k = 0; k < shown.length; k++) {
            if (!flow[k] || Float.isNaN(shown[k])) {
                shown[k] = 0f;
            }
        }
        Image velocity = new Image(v.grid(), shown, "mean Doppler velocity", "m/s", v.window());
        out.write("image.npy", s -> NpyWriter.writeImage(s, velocity));
        BufferedImage rgb = colourMap(velocity, map.nyquistVelocity());
        out.write("image.png", s -> PngWriter.writeRgb(s, rgb));
        return report(out, scenario, metrics, trace, Map.of("nyquist_velocity_m_s", map.nyquistVelocity()));
    }

    /** Red towards the probe, blue away, brightness ∝ |v|/v_Nyq; row 0 (the shallowest gate) at the top. */
    static BufferedImage colourMap(Image velocity, double nyquist) {
        int nx = velocity.grid().nx(), ny = velocity.grid().ny();
        BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_RGB);
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double u = Math.max(-1, Math.min(1, velocity.at(i, j) / nyquist));
                int level = (int) Math.round(255 * Math.abs(u));
                img.setRGB(i, j, u >= 0 ? level << 16 : level);
            }
        }
        return img;
    }

    private static List<Path> report(OutputDirectory out, Scenario scenario, MetricSet metrics, Trace trace,
                                     Map<String, Object> extraValues) {
        Map<String, Object> extra = new LinkedHashMap<>(extraValues);
        return RunReport.write(out, scenario, metrics, trace, extra);
    }
}
