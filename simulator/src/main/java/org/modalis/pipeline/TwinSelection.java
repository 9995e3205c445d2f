package org.modalis.pipeline;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.modalis.gpu.BackendChoice;
import org.modalis.gpu.GlContext;

/**
 * Runs a stage with the GL twin of one operator where {@code --backend} picks the GPU, and with its CPU twin
 * otherwise ({@code cpu}, or {@code auto} on a software renderer or without OpenGL), saying on {@code log} which
 * and why. The context lives as long as the stage.
 */
final class TwinSelection {

    /** The stage on the GL twin: {@code backend} is how the trace names it. */
    @FunctionalInterface
    interface OnGpu<R> {
        R run(GlContext gl, String backend);
    }

    private TwinSelection() {
    }

    static <R> R run(String backendMode, PrintWriter log, String operator, OnGpu<R> onGpu, Supplier<R> onCpu) {
        if (backendMode.equalsIgnoreCase("cpu")) {
            return onCpu.get();
        }
        try (BackendChoice choice = BackendChoice.choose(backendMode)) {
            log.println("modalis: " + operator + " " + choice.describe());
            return choice.context() != null ? onGpu.run(choice.context(), BackendNames.traceName(choice)) : onCpu.get();
        }
    }
}
