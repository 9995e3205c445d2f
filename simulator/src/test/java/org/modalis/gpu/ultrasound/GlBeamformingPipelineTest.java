package org.modalis.gpu.ultrasound;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.gpu.GlTestBase;
import org.modalis.gpu.Parity;
import org.modalis.pipeline.UltrasoundScenarioBinding;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;
import org.modalis.ultrasound.UltrasoundJob;
import org.modalis.ultrasound.UltrasoundPipeline;
import org.modalis.ultrasound.UltrasoundResult;

/**
 * The speckle lesson with the frame beamformed by the GL twin (what {@code --backend gpu} runs) against the CPU
 * pipeline, which beamforms line by line: the same beamformed RF to the twins' float rounding (1e-4 of the
 * largest RF value; the parity test bounds the delay rounding), and the trace names the GL backend.
 */
class GlBeamformingPipelineTest extends GlTestBase {

    @Test
    void speckleLessonGivesTheSameRfWithTheGlBeamformer() {
        var scenario = new ScenarioLoader().load(ScenarioLibrary.standard().resolve("ultrasound/speckle"),
                List.of("ultrasound.lines=16", "ultrasound.width_mm=4", "ultrasound.model=channel"));
        // The channel model on both sides: the GL twin beamforms channel data (the beam-domain model has none).
        UltrasoundJob job = new UltrasoundScenarioBinding(TissueLibrary.load()).bind(scenario);
        UltrasoundResult cpu = new UltrasoundPipeline().run(job, org.modalis.pipeline.Progress.NONE);
        UltrasoundResult gpu;
        try (GlDelayAndSum gl = new GlDelayAndSum(gl(), job.transducer().pitch())) {
            gpu = new UltrasoundPipeline(gl, "gpu: test").run(job, org.modalis.pipeline.Progress.NONE);
        }
        Parity.assertWithin("speckle rf", cpu.rf(), gpu.rf(), 1e-4 * Parity.maxAbs(cpu.rf()), cpu.rf().length);
        assertTrue(gpu.trace().stages().stream().anyMatch(s -> s.backend().equals("gpu: test")), "beamform stage on the GL twin");
    }
}
