package org.modalis.viewer;

import java.util.List;
import org.modalis.scenario.ScenarioSource;

/**
 * What the viewer asks the background simulation for: a scenario text and the overrides of the current
 * widget values.
 *
 * @param source    the scenario file or built-in scenario
 * @param overrides {@code key=value} edits, applied and validated by the scenario loader
 */
public record SimulationRequest(ScenarioSource source, OverrideSet overrides) {

    public SimulationRequest {
        if (source == null || overrides == null) {
            throw new IllegalArgumentException("a simulation request needs a scenario source and an override set");
        }
    }

    public List<String> overrideList() {
        return overrides.asList();
    }
}
