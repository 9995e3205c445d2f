package org.modalis.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.modalis.ct.CtJob;
import org.modalis.ct.CtPipeline;
import org.modalis.ct.CtResult;
import org.modalis.gpu.BackendChoice;
import org.modalis.metrics.MetricSet;
import org.modalis.scenario.Scenario;
import org.modalis.tissue.TissueCatalog;

/** CT through the common pipeline: bind, choose the backprojection backend, run, export. */
public final class CtModality implements Modality {

    private final TissueCatalog tissues;

    public CtModality(TissueCatalog tissues) {
        this.tissues = tissues;
    }

    @Override
    public String name() {
        return "ct";
    }

    @Override
    public ModalityRun run(Scenario scenario, Progress progress, String backendMode, PrintWriter log) {
        CtJob job = new CtScenarioBinding(tissues).bind(scenario);
        CtResult result;
        try (BackendChoice choice = BackendChoice.choose(backendMode)) {
            log.println("modalis: " + choice.describe());
            result = new CtPipeline(tissues, choice.backprojector(), BackendNames.traceName(choice)).run(job, progress);
        }
        progress.finish();
        return new Run(result);
    }

    /** A finished CT run. */
    public record Run(CtResult result) implements ModalityRun {

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
            var g = result.raw().sinogram().geometry();
            return g.views() + " views × " + g.bins() + " bins · " + result.image().grid().nx() + "² image";
        }

        @Override
        public List<Path> write(Path dir, Scenario scenario) {
            return CtExport.write(dir, scenario, result);
        }
    }
}
