package org.modalis.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a pipeline run did: each stage in order with its wall time and the backend that ran it. The CLI
 * writes it into {@code metrics.json}; the viewer shows it.
 */
public final class Trace {

    /** One stage: name, wall time [s], backend ("cpu", "gpu: <renderer>", "-"). */
    public record Stage(String name, double seconds, String backend) {
    }

    private final List<Stage> stages = new ArrayList<>();

    /** Runs a stage and records its wall time. */
    public <T> T time(String name, String backend, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        record(name, (System.nanoTime() - t0) * 1e-9, backend);
        return result;
    }

    public void time(String name, String backend, Runnable work) {
        time(name, backend, () -> {
            work.run();
            return null;
        });
    }

    public synchronized void record(String name, double seconds, String backend) {
        stages.add(new Stage(name, seconds, backend));
    }

    public synchronized List<Stage> stages() {
        return Collections.unmodifiableList(new ArrayList<>(stages));
    }

    public double totalSeconds() {
        return stages().stream().mapToDouble(Stage::seconds).sum();
    }
}
