package org.modalis.pipeline;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Remembers the last value computed and the key it was computed for, and hands it out again while the key
 * stays equal. The viewer re-runs a scenario on every edit; most edits (mAs, seed, noise, filter window)
 * leave the expensive noise-free stages unchanged, so their results can be reused. One entry, so the
 * memory held is one result. Thread-safe; a computation runs under the lock, so two callers never compute
 * the same key at once.
 *
 * @param <K> the key: a value type whose {@code equals} says "same inputs"
 * @param <V> the value: treated as immutable by every caller
 */
public final class LastValueMemo<K, V> {

    private K key;
    private V value;
    private long hits;

    /** The value for {@code k}: the remembered one if {@code k} equals the last key, else {@code compute}'s. */
    public synchronized V get(K k, Supplier<V> compute) {
        Objects.requireNonNull(k, "key");
        if (value != null && k.equals(key)) {
            hits++;
            return value;
        }
        value = null;
        V v = Objects.requireNonNull(compute.get(), "computed value");
        key = k;
        value = v;
        return v;
    }

    /** How many calls were answered from memory (for tests and the trace). */
    public synchronized long hits() {
        return hits;
    }
}
