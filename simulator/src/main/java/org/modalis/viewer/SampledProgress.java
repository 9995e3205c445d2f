package org.modalis.viewer;

/**
 * The run progress as the progress bar shows it: read at once when a run starts or ends, and while it goes on
 * re-read every {@value #PERIOD_MS} ms from {@value #FIRST_STEP_MS} ms into it. A bar moving at 8 steps per second
 * reads as smooth, and between its steps the frames are identical, which {@link DrawSignature} does not draw again
 * on software OpenGL. A run shorter than a quarter of a second (most edits) shows "running" and then its result,
 * with no step between: on llvmpipe each step is a drawn frame, 11–14 ms of CPU taken from the run itself.
 * Window thread only.
 */
final class SampledProgress {

    static final long PERIOD_MS = 125;
    /** How long into a run the bar first steps: a slow run's progress matters, a fast one's does not. */
    static final long FIRST_STEP_MS = 250;

    private boolean busy;
    private float fraction;
    private String task = "";
    private long sampledAt = Long.MIN_VALUE;
    private long startedAt;

    /**
     * Samples {@code p} if the run state changed, or, a run going on, the period elapsed at {@code nowNanos} and the
     * run is {@link #FIRST_STEP_MS} old.
     */
    void update(boolean running, RunProgress p, long nowNanos) {
        boolean changed = running != busy;
        if (changed && running) {
            startedAt = nowNanos;
        }
        if (changed || (running && nowNanos - startedAt >= FIRST_STEP_MS * 1_000_000L
                && nowNanos - sampledAt >= PERIOD_MS * 1_000_000L)) {
            busy = running;
            fraction = (float) p.fraction();
            task = p.task();
            sampledAt = nowNanos;
        }
    }

    boolean busy() {
        return busy;
    }

    float fraction() {
        return fraction;
    }

    String task() {
        return task;
    }
}
