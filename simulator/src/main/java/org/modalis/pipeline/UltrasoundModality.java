package org.modalis.pipeline;

import java.io.PrintWriter;
import java.util.Locale;
import org.modalis.scenario.Scenario;
import org.modalis.tissue.TissueCatalog;
import org.modalis.ultrasound.UltrasoundJob;
import org.modalis.ultrasound.UltrasoundPipeline;
import org.modalis.ultrasound.UltrasoundResult;

/** Ultrasound B-mode through the common pipeline: bind, simulate channel data, beamform, detect, measure, export. */
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
        UltrasoundJob job = new UltrasoundScenarioBinding(tissues).bind(scenario);
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
}
