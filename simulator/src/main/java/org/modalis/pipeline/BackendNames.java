package org.modalis.pipeline;

import org.modalis.gpu.Backend;
import org.modalis.gpu.BackendChoice;

/** How a backend choice is named in traces and metrics.json: "cpu", or "gpu: <renderer>". */
public final class BackendNames {

    private BackendNames() {
    }

    public static String traceName(BackendChoice choice) {
        return choice.backend() == Backend.GPU ? "gpu: " + choice.description() : "cpu";
    }
}
