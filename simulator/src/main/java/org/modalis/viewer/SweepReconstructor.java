package org.modalis.viewer;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.modalis.image.Image;

/**
 * Reconstructs the image of a partly acquired raw data set ({@link ModalityView#reconstructUpTo}) on its own
 * worker thread while the user drags the sweep slider, latest request wins: a request queued behind a newer
 * one returns at once, and only the newest image is published. The window thread asks and polls; it never
 * waits for a reconstruction.
 */
final class SweepReconstructor implements AutoCloseable {

    /**
     * The image reconstructed from the first {@code rows} acquired rows of {@code view}'s raw data.
     *
     * @param view  the run whose raw data was used
     * @param rows  rows acquired
     * @param image the reconstruction
     */
    record Partial(ModalityView view, int rows, Image image) {
    }

    private record Wanted(ModalityView view, int rows) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "modalis-viewer-sweep");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Partial> latest = new AtomicReference<>();
    private final AtomicReference<RuntimeException> defect = new AtomicReference<>();
    private Wanted wanted;

    /** Asks for the image of {@code rows} rows of {@code view} unless that is already the newest request. */
    void request(ModalityView view, int rows) {
        Wanted w = new Wanted(view, rows);
        if (w.equals(wanted)) {
            return;
        }
        wanted = w;
        long g = generation.incrementAndGet();
        worker.execute(() -> {
            if (g != generation.get()) {
                return; // a newer position of the slider is queued behind this one
            }
            try {
                Partial p = new Partial(view, rows, view.reconstructUpTo(rows));
                if (g == generation.get()) {
                    latest.set(p);
                }
            } catch (RuntimeException e) {
                defect.set(e);
            }
        });
    }

    /** The newest image published, if any. */
    Optional<Partial> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** Whether the newest request's image is published. */
    boolean upToDate() {
        Partial p = latest.get();
        return wanted == null || p != null && p.view() == wanted.view() && p.rows() == wanted.rows();
    }

    /** A defect a reconstruction threw, if any. */
    Optional<RuntimeException> defect() {
        return Optional.ofNullable(defect.get());
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
