package org.modalis.pipeline;

import java.io.PrintWriter;
import org.modalis.scenario.Scenario;

/**
 * One modality's way of running a validated scenario: bind its section to the modality's records, acquire,
 * reconstruct, measure. The CLI, the lesson tests and the viewer go through this, so a new modality plugs
 * in by registering one implementation in {@link Modalities}.
 */
public interface Modality {

    /** The scenario's {@code modality:} value, e.g. "ct". */
    String name();

    /**
     * @param backendMode {@code auto|cpu|gpu} for the heavy operators
     * @param log         where to say which backend ran and why (stderr in the CLI)
     */
    ModalityRun run(Scenario scenario, Progress progress, String backendMode, PrintWriter log);
}
