package org.modalis.pipeline;

import java.io.PrintWriter;
import java.util.Locale;
import org.modalis.scenario.Scenario;
import org.modalis.tissue.TissueCatalog;
import org.modalis.xray.DsaPipeline;
import org.modalis.xray.FluoroscopyPipeline;
import org.modalis.xray.FrameSettings;
import org.modalis.xray.SequenceResult;
import org.modalis.xray.XrayJob;
import org.modalis.xray.XrayPipeline;
import org.modalis.xray.XrayResult;

/** Projection radiography through the common pipeline: bind, expose, normalise, measure, export (CPU only). */
public final class XrayModality implements Modality {

    private final TissueCatalog tissues;

    public XrayModality(TissueCatalog tissues) {
        this.tissues = tissues;
    }

    @Override
    public String name() {
        return "xray";
    }

    @Override
    public ModalityRun run(Scenario scenario, Progress progress, String backendMode, PrintWriter log) {
        XrayScenarioBinding binding = new XrayScenarioBinding(tissues);
        XrayJob job = binding.bind(scenario);
        if (backendMode.equals("gpu")) {
            log.println("modalis: X-ray runs on the CPU (no GPU twin yet)");
        }
        String mode = scenario.section("xray").getString("mode");
        if (!mode.equals("radiography")) {
            FrameSettings frames = binding.frames(scenario);
            SequenceResult seq = mode.equals("dsa") ? new DsaPipeline().run(job, frames, binding.dsa(scenario), progress)
                    : new FluoroscopyPipeline().run(job, frames, progress);
            progress.finish();
            String summary = String.format(Locale.ROOT, "%s · %s · %.0f kVp · %.3g mAs/pulse · %d frames at %.3g /s",
                    job.phantom().name(), mode, job.tube().kvp(), job.mas(), seq.count(), frames.pulseRateHz());
            return new FinishedRun(seq.last().metrics(), seq.last().trace(), summary,
                    (dir, sc) -> XrayExport.writeSequence(dir, sc, seq));
        }
        XrayResult result = new XrayPipeline().run(job, progress);
        progress.finish();
        var g = job.geometry();
        String summary = String.format(Locale.ROOT, "%s · %.0f kVp · %.3g mAs · SID %.0f cm, OID %.0f cm · %d × %d px of %.2f mm",
                job.phantom().name(), job.tube().kvp(), job.mas(), g.sidM() * 100, g.oidM() * 100, g.cols(), g.rows(),
                g.pitchM() * 1e3);
        return new FinishedRun(result.metrics(), result.trace(), summary, (dir, sc) -> XrayExport.write(dir, sc, result));
    }
}
