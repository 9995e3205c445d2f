package org.modalis.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.modalis.metrics.MetricSet;
import org.modalis.scenario.Scenario;

/**
 * A finished run of any modality: its metrics, trace, one-line summary, and how it writes its outputs.
 *
 * @param writer writes the outputs into a folder for a scenario, returning the paths written
 */
public record FinishedRun(MetricSet metrics, Trace trace, String summary, Writer writer) implements ModalityRun {

    /** How a modality writes its output contract. */
    @FunctionalInterface
    public interface Writer {
        List<Path> write(Path dir, Scenario scenario);
    }

    @Override
    public List<Path> write(Path dir, Scenario scenario) {
        return writer.write(dir, scenario);
    }
}
