package org.modalis.pipeline;

import java.io.PrintWriter;
import org.modalis.ct.CtJob;
import org.modalis.ct.CtPipeline;
import org.modalis.ct.CtResult;
import org.modalis.gpu.BackendChoice;
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
        var g = result.raw().sinogram().geometry();
        String summary = g.views() + " views × " + g.bins() + " bins · " + result.image().grid().nx() + "² image";
        CtResult r = result;
        return new FinishedRun(r.metrics(), r.trace(), summary, (dir, sc) -> CtExport.write(dir, sc, r));
    }
}
