package org.modalis.ultrasound;

import java.util.Arrays;

/**
 * Everything that echoes, as points in the probe frame, each with what the wave meets on its way: the echo's
 * amplitude at the probe (scattering strength × attenuation × transmission losses), the mean slowness along
 * its path (so the round trip takes the tissues' own speeds while the beamformer assumes 1540 m/s) and the
 * downshifted centre frequency. Diffuse scatterers, specular interface points, reverberation ghosts and wires
 * all become entries here; the pulse-echo simulation treats them alike. Sorted by x for lateral windows.
 */
public final class EchoSources {

    /** Sources from which the sort runs in {@link #SORT_CHUNKS} parallel chunks. */
    static final int PARALLEL_SORT = 8192;
    static final int SORT_CHUNKS = 4;

    final double[] x;
    final double[] z;
    final double[] amplitude;
    final double[] slowness;
    final double[] centreFrequency;
    private final int count;
    private final double zMin;
    private final double zMax;

    private EchoSources(double[] x, double[] z, double[] amplitude, double[] slowness, double[] centreFrequency, int n) {
        // Sorted by x, ties broken by z then the insertion index: the order, and so the summation order, is
        // reproducible. A stable primitive sort of (x, z) keys with their indices: no boxing of every index.
        int[] order = sortedOrder(x, z, n);
        this.count = n;
        this.x = new double[n];
        this.z = new double[n];
        this.amplitude = new double[n];
        this.slowness = new double[n];
        this.centreFrequency = new double[n];
        double lo = 0, hi = 0;
        for (int i = 0; i < n; i++) {
            int k = order[i];
            lo = Math.min(lo, z[k]);
            hi = Math.max(hi, z[k]);
            this.x[i] = x[k];
            this.z[i] = z[k];
            this.amplitude[i] = amplitude[k];
            this.slowness[i] = slowness[k];
            this.centreFrequency[i] = centreFrequency[k];
        }
        zMin = lo;
        zMax = hi;
    }

    /** The indices 0 … n − 1 ordered by (x, z, index), in {@value #SORT_CHUNKS} parallel chunks for many sources. */
    private static int[] sortedOrder(double[] x, double[] z, int n) {
        return StableOrder.of(x, z, n, n < PARALLEL_SORT ? 1 : SORT_CHUNKS);
    }

    public int count() {
        return count;
    }

    public double x(int i) {
        return x[i];
    }

    public double z(int i) {
        return z[i];
    }

    public double amplitude(int i) {
        return amplitude[i];
    }

    /** The shallowest and deepest depth [m] of any source, the face (0) included. */
    double minDepth() {
        return zMin;
    }

    double maxDepth() {
        return zMax;
    }

    /** Index of the first source with x ≥ {@code xMin}. */
    int firstAtOrAfter(double xMin) {
        int lo = 0, hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < xMin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Collects sources; {@link #build()} sorts them. */
    public static final class Builder {
        private double[] x, z, a, m, f;
        private int n;

        public Builder() {
            this(1024);
        }

        /** A builder with room for {@code capacity} sources before it grows. */
        public Builder(int capacity) {
            int c = Math.max(16, capacity);
            x = new double[c];
            z = new double[c];
            a = new double[c];
            m = new double[c];
            f = new double[c];
        }

        /**
         * @param amplitude       echo amplitude at the probe [a.u.], propagation included
         * @param slowness        mean 1/c along the path [s/m]
         * @param centreFrequency centre frequency of the returning echo [Hz]
         */
        public Builder add(double px, double pz, double amplitude, double slowness, double centreFrequency) {
            if (n == x.length) {
                grow(2 * n);
            }
            x[n] = px;
            z[n] = pz;
            a[n] = amplitude;
            m[n] = slowness;
            f[n] = centreFrequency;
            n++;
            return this;
        }

        public int size() {
            return n;
        }

        /** Makes room for {@code more} sources beyond those held, in one copy. */
        public Builder reserve(int more) {
            if (n + more > x.length) {
                grow(n + more);
            }
            return this;
        }

        private void grow(int size) {
            x = Arrays.copyOf(x, size);
            z = Arrays.copyOf(z, size);
            a = Arrays.copyOf(a, size);
            m = Arrays.copyOf(m, size);
            f = Arrays.copyOf(f, size);
        }

        /** Adds every source collected by {@code other}, in its order. */
        public Builder addAll(Builder other) {
            reserve(other.n); // one copy, not a doubling per power of two the strips cross
            System.arraycopy(other.x, 0, x, n, other.n);
            System.arraycopy(other.z, 0, z, n, other.n);
            System.arraycopy(other.a, 0, a, n, other.n);
            System.arraycopy(other.m, 0, m, n, other.n);
            System.arraycopy(other.f, 0, f, n, other.n);
            n += other.n;
            return this;
        }

        /** Adds every source of {@code other} (already propagated) unchanged. */
        public Builder addAll(EchoSources other) {
            for (int i = 0; i < other.count; i++) {
                add(other.x[i], other.z[i], other.amplitude[i], other.slowness[i], other.centreFrequency[i]);
            }
            return this;
        }

        public EchoSources build() {
            return new EchoSources(x, z, a, m, f, n);
        }
    }
}
