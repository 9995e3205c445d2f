package org.modalis.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.modalis.metrics.MetricSet;
import org.modalis.scenario.Scenario;

/**
 * What running a scenario produced, whatever the modality: the metrics, the trace of stages, and how to
 * write the output contract (docs/scenario-format.md) into a folder.
 */
public interface ModalityRun {

    MetricSet metrics();

    Trace trace();

    /** One line describing the acquisition, e.g. "ct-quality · 720 views × 736 bins · 512² image". */
    String summary();

    /** Writes the outputs (atomically, each file) and returns the paths written. */
    List<Path> write(Path dir, Scenario scenario);
}
