package org.modalis.viewer;

import org.modalis.pipeline.Progress;

/**
 * Progress of one background run, read by the window thread for the progress bar, and its cancellation:
 * once {@link #cancel()} is called (a newer request arrived) the next {@link #advance} throws
 * {@link Superseded}, which unwinds the pipeline between views.
 */
public final class RunProgress implements Progress {

    /** Thrown inside the pipeline to stop a run that a newer request replaced. */
    static final class Superseded extends RuntimeException {
        Superseded() {
            super("superseded by a newer request", null, false, false);
        }
    }

    private volatile String task = "waiting";
    private volatile long total = 1;
    private volatile long done;
    private volatile boolean cancelled;

    @Override
    public void start(String task, long total) {
        checkCancelled();
        this.task = task;
        this.total = Math.max(1, total);
        this.done = 0;
    }

    @Override
    public synchronized void advance(long steps) {
        checkCancelled();
        done += steps;
    }

    @Override
    public void finish() {
        checkCancelled();
        done = total;
    }

    /** Asks the run to stop at its next progress report. */
    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** The current stage ("acquire", "reconstruct", …). */
    public String task() {
        return task;
    }

    /** Fraction of the current stage done, 0 … 1. */
    public double fraction() {
        return Math.min(1.0, (double) done / total);
    }

    void checkCancelled() {
        if (cancelled) {
            throw new Superseded();
        }
    }
}
