package org.modalis.viewer;

/**
 * The run progress as the progress bar shows it. A run shows as running from {@value #SHOW_AFTER_MS} ms into it, and
 * its bar then steps every {@value #PERIOD_MS} ms from {@value #FIRST_STEP_MS} ms on; its end shows at once. A bar
 * moving at 8 steps per second reads as smooth, and between its steps the frames are identical, which
 * {@link DrawSignature} does not draw again on software OpenGL.
 *
 * <p>Why the delays: on llvmpipe every change of the bar is a drawn frame, 11–14 ms of CPU on the cores the run is
 * using (measured 28–32 ms of wall time per drawn frame while a run goes on). Most edits finish in 30–300 ms: the
 * slider moves, then the result replaces the image, with no drawn frame between (the issue asks for a progress
 * indicator for slow runs; a delayed indicator is the usual remedy for flicker, and waits under a second need none
 * to keep the user's flow). From 150 ms, the bar cost the 0.2–0.3 s ultrasound edits one or two drawn frames each.
 * Window thread only.
 */
final class SampledProgress {

    static final long PERIOD_MS = 125;
    /** How long into a run the bar first shows it: a faster run shows only its result. */
    static final long SHOW_AFTER_MS = 300;
    /** How long into a run the bar first steps. */
    static final long FIRST_STEP_MS = 450;

    private boolean busy;
    private boolean running;
    private float fraction;
    private String task = "";
    private long sampledAt = Long.MIN_VALUE;
    private long startedAt;

    /** Samples {@code p} as the bar should show it at {@code nowNanos}, the run going on or not. */
    void update(boolean runGoingOn, RunProgress p, long nowNanos) {
        if (runGoingOn && !running) {
            startedAt = nowNanos;
        }
        running = runGoingOn;
        long age = nowNanos - startedAt;
        boolean show = runGoingOn && age >= SHOW_AFTER_MS * 1_000_000L;
        if (show != busy || (show && age >= FIRST_STEP_MS * 1_000_000L
                && nowNanos - sampledAt >= PERIOD_MS * 1_000_000L)) {
            busy = show;
            fraction = (float) p.fraction();
            task = p.task();
            sampledAt = nowNanos;
        }
    }

    /** Whether the bar shows a run. */
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
