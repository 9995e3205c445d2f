package org.modalis.scenario;

import java.util.Locale;
import org.modalis.UserInputException;

/**
 * Refuses, before allocating, an array that cannot fit in the Java heap, with a message that names the
 * parameter to lower: a student who asks for 20000 views × 8192 bins gets advice, not an
 * {@code OutOfMemoryError} minutes into the run. The budget is a fraction of {@code -Xmx}
 * ({@link #USABLE_FRACTION}) because the pipeline holds other arrays (phantom, image, intermediates for
 * the viewer) next to the largest one, and the collector needs headroom.
 *
 * @param maxHeapBytes the heap limit ({@link Runtime#maxMemory()})
 */
public record MemoryBudget(long maxHeapBytes) {

    /** Share of the heap one array may take (the rest: other pipeline arrays and GC headroom). */
    public static final double USABLE_FRACTION = 0.6;

    public MemoryBudget {
        if (maxHeapBytes <= 0) {
            throw new IllegalArgumentException("heap size must be positive [bytes], got " + maxHeapBytes);
        }
    }

    /** The budget of this JVM. */
    public static MemoryBudget ofRuntime() {
        return new MemoryBudget(Runtime.getRuntime().maxMemory());
    }

    /**
     * Throws unless {@code bytes} fit this JVM's budget.
     *
     * @param what             what is allocated and how it scales, e.g. "the sinogram (views × bins × oversample × 4 bytes)"
     * @param bytes            its size [bytes]
     * @param parameterToLower the keys that shrink it, e.g. "ct.views or recon.size"
     */
    public static void check(String what, long bytes, String parameterToLower) {
        ofRuntime().require(what, bytes, parameterToLower);
    }

    /** Throws unless {@code bytes} fit this budget; see {@link #check}. */
    public void require(String what, long bytes, String parameterToLower) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size is never negative (overflow?), got " + bytes + " bytes for " + what);
        }
        if (bytes > usableBytes()) {
            throw new UserInputException("needs about " + size(bytes) + " for " + what + ", more than the "
                    + size(usableBytes()) + " that can be spared from the " + size(maxHeapBytes) + " heap", null, 0, 0,
                    null, "lower " + parameterToLower + ", or raise the heap limit, e.g. java -Xmx8g");
        }
    }

    /** The largest single allocation allowed [bytes]. */
    public long usableBytes() {
        return (long) (maxHeapBytes * USABLE_FRACTION);
    }

    /** "3.2 GiB", "512.0 MiB". */
    static String size(long bytes) {
        double gib = bytes / (double) (1L << 30);
        return gib >= 1 ? String.format(Locale.ROOT, "%.1f GiB", gib)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
}
