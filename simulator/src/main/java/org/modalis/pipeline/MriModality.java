package org.modalis.pipeline;

import java.io.PrintWriter;
import org.modalis.mri.MriJob;
import org.modalis.mri.MriPipeline;
import org.modalis.mri.MriResult;
import org.modalis.gpu.mri.GlGridder;
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
        MriResult result;
        if (job.setup().radial() != null) {
            // Radial: the gridding spread has a GL twin; the analytic k-space and the FFT stay on the CPU.
            result = TwinSelection.run(backendMode, log, "gridding", (gl, backend) -> {
                try (GlGridder gridder = new GlGridder(gl)) {
                    return new MriPipeline(gridder, backend).run(job, progress);
                }
            }, () -> new MriPipeline().run(job, progress));
        } else {
            if (backendMode.equals("gpu")) {
                log.println("modalis: Cartesian MRI runs on the CPU (the GL twin is of radial gridding)");
            }
            result = new MriPipeline().run(job, progress);
        }
        progress.finish();
        var p = job.protocol();
        String summary = p.sequence() + " " + job.scanner().b0Tesla() + " T · " + p.matrixPhase() + " × " + p.matrixRead()
                + " · NEX " + p.nex() + " · " + String.format(java.util.Locale.ROOT, "%.0f", p.bandwidthPerPixelHz()) + " Hz/px";
        return new FinishedRun(result.metrics(), result.trace(), summary, (dir, sc) -> MriExport.write(dir, sc, result));
    }
}
