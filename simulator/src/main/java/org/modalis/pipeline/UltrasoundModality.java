package org.modalis.pipeline;

import java.io.PrintWriter;
import java.util.Locale;
import org.modalis.scenario.Scenario;
import org.modalis.tissue.TissueCatalog;
import java.util.ArrayList;
import java.util.List;
import org.modalis.metrics.Metric;
import org.modalis.gpu.ultrasound.GlDelayAndSum;
import org.modalis.metrics.MetricSet;
import org.modalis.gpu.ultrasound.GlDelayAndSum;
import org.modalis.metrics.MetricSet;
import org.modalis.physics.Rng;
import org.modalis.ultrasound.MModeImaging;
import org.modalis.ultrasound.doppler.ColourFlowImager;
import org.modalis.ultrasound.doppler.ColourFlowMap;
import org.modalis.ultrasound.doppler.ColourFlowProtocol;
import org.modalis.ultrasound.doppler.DopplerMetrics;
import org.modalis.ultrasound.doppler.DopplerProtocol;
import org.modalis.ultrasound.doppler.PwDopplerPipeline;
import org.modalis.ultrasound.doppler.PwDopplerResult;
import org.modalis.ultrasound.doppler.Vessel;
import org.modalis.ultrasound.MovingWall;
import org.modalis.ultrasound.UltrasoundJob;
import org.modalis.ultrasound.UltrasoundPipeline;
import org.modalis.ultrasound.UltrasoundResult;

/**
 * Ultrasound through the common pipeline: bind, simulate channel data, beamform, detect, measure, export; B-mode
 * (a frame of lines), M-mode (the centre line over time, {@code ultrasound.mode: m-mode}), or Doppler of the
 * vessel in {@code ultrasound.doppler} ({@code pw-doppler}: a spectrogram; {@code colour-doppler}: a velocity map).
 */
public final class UltrasoundModality implements Modality {

    private final TissueCatalog tissues;

    public UltrasoundModality(TissueCatalog tissues) {
        this.tissues = tissues;
    }

    /**
     * Plane waves and focal zones shape a B-mode frame; the other modes fire their own sequences (one line over time,
     * a Doppler ensemble), so asking for them there is a mistake to point out, not a setting to ignore.
     */
    private static void requireBMode(org.modalis.scenario.Parameters u, String mode) {
        if (mode.equals("b-mode")) {
            return;
        }
        if (u.getInt("plane_waves") > 0) {
            throw u.at("plane_waves", "plane-wave compounding makes B-mode frames; ultrasound.mode is " + mode,
                    "set ultrasound.plane_waves=0, or ultrasound.mode=b-mode");
        }
        if (u.getDoubles("focal_zones_mm").length > 0) {
            throw u.at("focal_zones_mm", "focal zones stitch B-mode frames; ultrasound.mode is " + mode,
                    "set ultrasound.focal_zones_mm=[], or ultrasound.mode=b-mode (focus_mm sets the " + mode + " focus)");
        }
    }

    @Override
    public String name() {
        return "ultrasound";
    }

    @Override
    public ModalityRun run(Scenario scenario, Progress progress, String backendMode, PrintWriter log) {
        String mode = scenario.section("ultrasound").getString("mode");
        requireBMode(scenario.section("ultrasound"), mode);
        if (mode.endsWith("-doppler")) {
            return doppler(scenario, mode.equals("colour-doppler"), progress);
        }
        UltrasoundScenarioBinding binding = new UltrasoundScenarioBinding(tissues);
        UltrasoundJob job = binding.bind(scenario);
        if (scenario.section("ultrasound").getString("mode").equals("m-mode")) {
            return mmode(scenario, job, binding.wall(scenario), progress);
        }
        // The channel simulation stays on the CPU; the delay-and-sum has a GL twin.
        UltrasoundResult result = TwinSelection.run(backendMode, log, "beamforming", (gl, backend) -> {
            try (GlDelayAndSum das = new GlDelayAndSum(gl, job.transducer().pitch())) {
                return new UltrasoundPipeline(das, backend).run(job, progress);
            }
        }, () -> new UltrasoundPipeline().run(job, progress));
        progress.finish();
        var p = job.protocol();
        String summary = String.format(Locale.ROOT, "%s · %s %.1f MHz · %d lines · depth %.0f mm, focus %.0f mm · %d echo sources",
                job.phantom().name(), job.transducer().name(), job.transducer().centreFrequencyHz() * 1e-6, p.lines(),
                p.depth() * 1e3, p.transmitFocus() * 1e3, result.sourceCount());
        return new FinishedRun(result.metrics(), result.trace(), summary, (dir, sc) -> UltrasoundExport.write(dir, sc, result));
    }

    /**
     * Pulsed-wave Doppler (the spectrogram of one range gate) or a colour-flow box (Kasai mean velocity per
     * gate), from the vessel of {@code ultrasound.doppler} (org.modalis.ultrasound.doppler).
     */
    private static ModalityRun doppler(Scenario scenario, boolean colour, Progress progress) {
        DopplerScenarioBinding b = new DopplerScenarioBinding(scenario);
        DopplerProtocol p = b.protocol();
        Vessel vessel = b.vessel();
        if (colour) {
            ColourFlowProtocol box = b.colour(p);
            Trace trace = new Trace();
            ColourFlowMap map = trace.time("colour flow (ensembles, wall filter, autocorrelation)", "cpu",
                    () -> ColourFlowImager.acquire(vessel, box, new Rng(scenario.seed())));
            progress.finish();
            MetricSet metrics = DopplerMetrics.measure(vessel, map);
            String summary = String.format(Locale.ROOT, "colour Doppler · %.1f MHz · PRF %.1f kHz · %d lines × %d gates · ensemble %d",
                    p.centreFrequencyHz() * 1e-6, p.prfHz() * 1e-3, box.lines(), box.gates(), box.ensemble());
            return new FinishedRun(metrics, trace, summary, (dir, sc) -> DopplerExport.writeColour(dir, sc, map, metrics, trace));
        }
        PwDopplerResult result = PwDopplerPipeline.run(vessel, p, b.spectrum(p), scenario.seed(), progress);
        progress.finish();
        String summary = String.format(Locale.ROOT, "PW Doppler · %.1f MHz · PRF %.1f kHz · gate %.0f mm · %d pulses · angle %.0f°",
                p.centreFrequencyHz() * 1e-6, p.prfHz() * 1e-3, p.gateDepthM() * 1e3, p.pulses(), p.angleDeg());
        return new FinishedRun(result.metrics(), result.trace(), summary, (dir, sc) -> DopplerExport.writePw(dir, sc, result));
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
