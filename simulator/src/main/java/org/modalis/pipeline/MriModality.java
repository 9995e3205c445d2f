package org.modalis.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.modalis.metrics.MetricSet;
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
        return new Run(job, result);
    }

    /** A finished MRI run. */
    public record Run(MriJob job, MriResult result) implements ModalityRun {

        @Override
        public MetricSet metrics() {
            return result.metrics();
        }

        @Override
        public Trace trace() {
            return result.trace();
        }

        @Override
        public String summary() {
            var p = job.protocol();
            return p.sequence() + " " + job.scanner().b0Tesla() + " T · " + p.matrixPhase() + " × " + p.matrixRead()
                    + " · NEX " + p.nex() + " · " + String.format(java.util.Locale.ROOT, "%.0f", p.bandwidthPerPixelHz()) + " Hz/px";
        }

        @Override
        public List<Path> write(Path dir, Scenario scenario) {
            return MriExport.write(dir, scenario, result);
        }
    }
}
