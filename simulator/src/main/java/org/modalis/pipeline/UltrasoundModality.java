package org.modalis.pipeline;

import java.io.PrintWriter;
import java.util.Locale;
import org.modalis.scenario.Scenario;
import org.modalis.tissue.TissueCatalog;
import java.util.ArrayList;
import java.util.List;
import org.modalis.metrics.Metric;
import org.modalis.metrics.MetricSet;
import org.modalis.ultrasound.MModeImaging;
import org.modalis.ultrasound.MovingWall;
import org.modalis.ultrasound.UltrasoundJob;
import org.modalis.ultrasound.UltrasoundPipeline;
import org.modalis.ultrasound.UltrasoundResult;

/**
 * Ultrasound through the common pipeline: bind, simulate channel data, beamform, detect, measure, export; B-mode
 * (a frame of lines) or M-mode (the centre line over time, {@code ultrasound.mode: m-mode}).
 */
public final class UltrasoundModality implements Modality {

    private final TissueCatalog tissues;

    public UltrasoundModality(TissueCatalog tissues) {
        this.tissues = tissues;
    }

    @Override
    public String name() {
        return "ultrasound";
    }

    @Override
    public ModalityRun run(Scenario scenario, Progress progress, String backendMode, PrintWriter log) {
        UltrasoundScenarioBinding binding = new UltrasoundScenarioBinding(tissues);
        UltrasoundJob job = binding.bind(scenario);
        if (scenario.section("ultrasound").getString("mode").equals("m-mode")) {
            return mmode(scenario, job, binding.wall(scenario), progress);
        }
        if (backendMode.equals("gpu")) {
            log.println("modalis: ultrasound runs on the CPU (no GPU twin of the beamformer yet)");
        }
        UltrasoundResult result = new UltrasoundPipeline().run(job, progress);
        progress.finish();
        var p = job.protocol();
        String summary = String.format(Locale.ROOT, "%s · %s %.1f MHz · %d lines · depth %.0f mm, focus %.0f mm · %d echo sources",
                job.phantom().name(), job.transducer().name(), job.transducer().centreFrequencyHz() * 1e-6, p.lines(),
                p.depth() * 1e3, p.transmitFocus() * 1e3, result.sourceCount());
        return new FinishedRun(result.metrics(), result.trace(), summary, (dir, sc) -> UltrasoundExport.write(dir, sc, result));
    }

    private static ModalityRun mmode(Scenario scenario, UltrasoundJob job, MovingWall wall, Progress progress) {
        var u = scenario.section("ultrasound");
        Trace trace = new Trace();
        int firings = u.getInt("mmode_firings");
        double prf = u.getDouble("prf_hz");
        MModeImaging.MModeResult result = trace.time("m-mode", "cpu", () -> new MModeImaging().run(job, wall, firings, prf));
        progress.finish();
        List<Metric> metrics = new ArrayList<>();
        if (wall != null) {
            metrics.add(new Metric("mmode.wall_excursion", MModeImaging.measuredExcursion(result, wall) * 1e3, "mm",
                    "peak-to-peak travel of the wall's echo over the firings (2 × excursion)"));
        }
        String summary = String.format(Locale.ROOT, "%s · %s %.1f MHz · M-mode, %d firings at %.0f Hz", job.phantom().name(),
                job.transducer().name(), job.transducer().centreFrequencyHz() * 1e-6, firings, prf);
        MetricSet set = new MetricSet(metrics);
        return new FinishedRun(set, trace, summary, (dir, sc) -> UltrasoundExport.writeMMode(dir, sc, result, set, trace));
    }
}
