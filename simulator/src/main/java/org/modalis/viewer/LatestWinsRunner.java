package org.modalis.viewer;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The viewer's background simulation: requests run one at a time on a single worker thread, and the latest
 * request wins. A new request cancels the running one at its next progress report and makes queued older
 * ones return at once, so dragging a slider never queues a backlog and the window thread never waits.
 * Only the outcome of the newest request is published.
 *
 * <p>Between requests the worker may warm up ({@link #warmUp}): runs whose outcomes nobody sees, made with memos of
 * their own so that the JIT compiles the edits' code before the user's first edit; the next request cancels them
 * at their next progress report, and they never count as busy.
 */
public final class LatestWinsRunner implements AutoCloseable {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "modalis-viewer-simulation");
        t.setDaemon(true);
        return t;
    });
    private final Simulation simulation = new Simulation();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<RunProgress> current = new AtomicReference<>();
    /** The queued or running warm-up's progress (cancelled by the next request), null when none was asked for. */
    private final AtomicReference<RunProgress> warming = new AtomicReference<>();
    /** Warm-up runs finished, for tests and the benchmark. */
    private final AtomicLong warmRuns = new AtomicLong();
    private final AtomicReference<SimulationOutcome> latest = new AtomicReference<>();
    private final AtomicReference<Throwable> defect = new AtomicReference<>();
    /** Notified whenever an outcome is published, so a paced window thread wakes at once for it. */
    private final Object published = new Object();

    /** Queues a request, cancelling older ones; returns its generation number. */
    public long submit(SimulationRequest request) {
        long g = generation.incrementAndGet();
        RunProgress progress = new RunProgress();
        RunProgress older = current.getAndSet(progress);
        if (older != null) {
            older.cancel();
        }
        cancelWarmUp();
        worker.execute(() -> run(g, request, progress));
        return g;
    }

    /**
     * Queues {@code plan}'s runs behind the newest request, to run while no newer one arrives ({@link
     * Simulation#warmUp}); a request submitted meanwhile cancels them. Replaces a warm-up queued before.
     */
    public void warmUp(WarmUpPlan plan) {
        if (plan.runs().isEmpty()) {
            return;
        }
        long g = generation.get();
        RunProgress progress = new RunProgress();
        RunProgress older = warming.getAndSet(progress);
        if (older != null) {
            older.cancel();
        }
        worker.execute(() -> {
            try {
                if (g == generation.get() && !progress.cancelled()) {
                    simulation.warmUp(plan, progress, warmRuns::incrementAndGet);
                }
            } catch (RunProgress.Superseded e) {
                // a request arrived: it runs next
            } catch (RuntimeException | Error e) {
                defect.set(e);
            } finally {
                warming.compareAndSet(progress, null);
            }
        });
    }

    /** Whether a warm-up is queued or running and not cancelled (a cancelled one stops at its next report). */
    public boolean warmingUp() {
        return warming.get() != null;
    }

    /** Warm-up runs finished since this runner started. */
    public long warmUpRuns() {
        return warmRuns.get();
    }

    private void cancelWarmUp() {
        RunProgress w = warming.getAndSet(null);
        if (w != null) {
            w.cancel();
        }
    }

    private void run(long g, SimulationRequest request, RunProgress progress) {
        if (g != generation.get()) {
            return; // a newer request is queued behind this one
        }
        try {
            SimulationOutcome outcome = simulation.run(g, request, progress);
            if (g == generation.get()) {
                publish(outcome);
            }
        } catch (RunProgress.Superseded e) {
            // replaced by a newer request: nothing to publish
        } catch (RuntimeException | Error e) {
            defect.set(e);
            publish(SimulationOutcome.failed(g, request, "internal error: " + e));
        }
    }

    private void publish(SimulationOutcome outcome) {
        synchronized (published) {
            latest.set(outcome);
            published.notifyAll();
        }
    }

    /**
     * Waits up to {@code nanos} while the newest request is still running, returning at once when its outcome
     * is published (or at once if it already is): the window thread's pause between frames, which gives the
     * cores to the simulation without delaying the frame that shows its result.
     */
    public void awaitOutcome(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (published) {
            for (long left = nanos; busy() && left > 0; left = deadline - System.nanoTime()) {
                published.wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        }
    }

    /** The outcome of the newest request that finished, if any. */
    public Optional<SimulationOutcome> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** Generation number of the newest request. */
    public long newest() {
        return generation.get();
    }

    /** Whether the newest request is still running or queued. */
    public boolean busy() {
        SimulationOutcome o = latest.get();
        return o == null || o.generation() != generation.get();
    }

    /** Progress of the newest request. */
    public RunProgress progress() {
        RunProgress p = current.get();
        return p == null ? new RunProgress() : p;
    }

    /** A defect (not a user mistake) that a run threw, for tests and the log. */
    public Optional<Throwable> defect() {
        return Optional.ofNullable(defect.get());
    }

    /** Stops the worker (waiting for the running request to reach a progress report) and frees the backend. */
    @Override
    public void close() {
        RunProgress p = current.get();
        if (p != null) {
            p.cancel();
        }
        cancelWarmUp();
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        simulation.close();
    }
}
