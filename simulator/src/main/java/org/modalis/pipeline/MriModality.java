package org.modalis.pipeline;

import java.io.PrintWriter;
import org.modalis.mri.MriJob;
import org.modalis.mri.MriPipeline;
import org.modalis.mri.MriResult;
import org.modalis.scenario.Scenario;
import org.modalis.tissue.TissueCatalog;

/** MRI through the common pipeline: bind, acquire the analytic k-space, reconstruct, export (CPU only). */
public final class MriModality implements Modality {

    private final TissueCatalog tissues;

    public MriModality(TissueCatalog tissues) {
        this.tissues = tissues;
    }

    @Override
    public String name() {
        return "mri";
    }

    @Override
    public ModalityRun run(Scenario scenario, Progress progress, String backendMode, PrintWriter log) {
        MriJob job = new MriScenarioBinding(tissues).bind(scenario);
        if (backendMode.equals("gpu")) {
            log.println("modalis: MRI runs on the CPU (no GPU twin yet)");
        }
        MriResult result = new MriPipeline().run(job, progress);
        progress.finish();
        var p = job.protocol();
        String summary = p.sequence() + " " + job.scanner().b0Tesla() + " T · " + p.matrixPhase() + " × " + p.matrixRead()
                + " · NEX " + p.nex() + " · " + String.format(java.util.Locale.ROOT, "%.0f", p.bandwidthPerPixelHz()) + " Hz/px";
        return new FinishedRun(result.metrics(), result.trace(), summary, (dir, sc) -> MriExport.write(dir, sc, result));
    }
}
