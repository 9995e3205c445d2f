package org.modalis.ultrasound;

import java.util.stream.IntStream;

/**
 * The indices 0 … n − 1 in the stable order of a key (ties broken by a second key, then by the index): a merge sort
 * over an index array, so that no index is boxed. A stable sort's result is unique, so sorting chunks in parallel
 * and merging them gives the very order a single pass gives, whatever the threads.
 */
final class StableOrder {

    private StableOrder() {
    }

    /**
     * The order of {@code key}[0 … n), ties by {@code tie} (null: none), sorted as {@code chunks} pieces in parallel
     * (a power of two; 1: one pass) and merged.
     */
    static int[] of(double[] key, double[] tie, int n, int chunks) {
        int[] order = new int[n], scratch = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        IntStream.range(0, chunks).parallel().forEach(c -> sort(order, scratch, chunk(n, chunks, c),
                chunk(n, chunks, c + 1), key, tie));
        for (int width = 1; width < chunks; width *= 2) {
            for (int c = 0; c + width < chunks; c += 2 * width) {
                merge(order, scratch, chunk(n, chunks, c), chunk(n, chunks, c + width),
                        chunk(n, chunks, Math.min(chunks, c + 2 * width)), key, tie);
            }
        }
        return order;
    }

    /** Where chunk c of n items in {@code chunks} starts. */
    private static int chunk(int n, int chunks, int c) {
        return (int) ((long) n * c / chunks);
    }

    private static void sort(int[] order, int[] scratch, int from, int to, double[] key, double[] tie) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        sort(order, scratch, from, mid, key, tie);
        sort(order, scratch, mid, to, key, tie);
        merge(order, scratch, from, mid, to, key, tie);
    }

    /** Merges the sorted runs order[from, mid) and order[mid, to), the first's items first among equal keys. */
    private static void merge(int[] order, int[] scratch, int from, int mid, int to, double[] key, double[] tie) {
        System.arraycopy(order, from, scratch, from, to - from);
        for (int i = from, a = from, b = mid; i < to; i++) {
            if (b >= to || a < mid && compare(scratch[a], scratch[b], key, tie) <= 0) {
                order[i] = scratch[a++];
            } else {
                order[i] = scratch[b++];
            }
        }
    }

    private static int compare(int a, int b, double[] key, double[] tie) {
        if (tie == null) {
            return Double.compare(key[a], key[b]);
        }
        return key[a] != key[b] ? Double.compare(key[a], key[b]) : Double.compare(tie[a], tie[b]);
    }
}
