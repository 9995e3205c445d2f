package org.modalis.viewer;

/**
 * The run progress as the progress bar shows it: re-read at most every {@value #PERIOD_MS} ms while a run goes
 * on, and at once when a run starts or ends. A bar moving at 8 steps per second reads as smooth, and between its
 * steps the frames are identical, which {@link DrawSignature} does not draw again on software OpenGL. Window
 * thread only.
 */
final class SampledProgress {

    static final long PERIOD_MS = 125;

    private boolean busy;
    private float fraction;
    private String task = "";
    private long sampledAt = Long.MIN_VALUE;

    /** Samples {@code p} if the run state changed or the period elapsed at {@code nowNanos}. */
    void update(boolean running, RunProgress p, long nowNanos) {
        if (running != busy || nowNanos - sampledAt >= PERIOD_MS * 1_000_000L) {
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
