package org.modalis.gpu.mri;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.gpu.GlTestBase;
import org.modalis.gpu.Parity;
import org.modalis.mri.MriJob;
import org.modalis.mri.MriPipeline;
import org.modalis.mri.MriResult;
import org.modalis.pipeline.MriScenarioBinding;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;

/**
 * The radial MRI lesson reconstructed with the GL gridder (what {@code --backend gpu} runs) against the CPU: the
 * same magnitude image to the gridding twins' float rounding (1e-4 of the peak, as in {@link GlGridderTest}),
 * and the trace names the GL backend for the gridding stage.
 */
class GlGriddingPipelineTest extends GlTestBase {

    @Test
    void radialLessonGivesTheSameImageWithTheGlGridder() {
        var scenario = new ScenarioLoader().load(ScenarioLibrary.standard().resolve("mri/radial-streaks"),
                List.of("mri.matrix_read=64", "mri.matrix_phase=64"));
        MriJob job = new MriScenarioBinding(TissueLibrary.load()).bind(scenario);
        MriResult cpu = new MriPipeline().run(job);
        MriResult gpu;
        try (GlGridder gl = new GlGridder(gl())) {
            gpu = new MriPipeline(gl, "gpu: test").run(job);
        }
        float[] a = cpu.images().magnitude().data();
        float[] b = gpu.images().magnitude().data();
        Parity.assertWithin("radial lesson magnitude", a, b, 1e-4 * Parity.maxAbs(a), a.length);
        assertTrue(gpu.trace().stages().stream().anyMatch(s -> s.backend().equals("gpu: test")), "gridding stage on the GL twin");
    }
}
