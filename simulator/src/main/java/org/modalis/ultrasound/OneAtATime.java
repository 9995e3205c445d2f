package org.modalis.ultrasound;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs tasks 0 … n − 1 in parallel, each worker taking the next task when it finishes one. Lines of a frame cost
 * unequal times (those under a calcification sum their receive fields over 40–50 elements, those beside it read
 * tables), and so do the rows of a field table (a receive row's aperture grows with its depth) and the ranges of the
 * elevation profile (the nearest hold most of its work); a parallel stream splits an index range into leaves of
 * several tasks, and the worker left with the heaviest leaf then runs it alone. Taken one at a time, only the last
 * task is run by one worker while the others idle.
 * The tasks must not depend on which worker runs them (the bytes do not depend on the thread count).
 */
final class OneAtATime {

    private OneAtATime() {
    }

    /** Tasks from … to − 1. */
    static void forEach(int from, int to, IntConsumer task) {
        forEach(to - from, t -> task.accept(from + t));
    }

    static void forEach(int n, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, workers).parallel().forEach(w -> {
            for (int t = next.getAndIncrement(); t < n; t = next.getAndIncrement()) {
                task.accept(t);
            }
        });
    }
}
