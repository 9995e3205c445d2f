package org.modalis.ultrasound;

import java.util.Arrays;

/**
 * The echo sources of a frame copied into depth bands, sorted by x within each band, with what the beam-domain
 * model needs of each per line (position, slowness, frequency, the carrier's rotation per sample, amplitude × the
 * beamformer's interpolation gain): a line then visits, band by band, only the sources inside the x-range its
 * transmit cone spans over that band — a linear array's cone is ±1.9 mm wide at a 3 cm focus and ±11 mm at 6 cm,
 * so one x-window for all depths would test several times more sources than it simulates. Contiguous arrays in
 * visiting order. Immutable.
 */
final class SourceBands {

    /** Band height [m]: the cone's width changes little over it; 60 bands for a 6 cm frame. */
    static final double BAND = 1e-3;

    final double[] x;
    final double[] z;
    final double[] slowness;
    final double[] frequency;
    /** The carrier's rotation per sample, 2πf/fs [rad]. */
    final double[] omega;
    final double[] stepCos;
    final double[] stepSin;
    final double[] amplitude;
    /** Band b holds indices [start[b], start[b + 1]). */
    private final int[] start;
    private final double zMin;
    private final double zMax;

    /**
     * @param samplingRate fs [Hz] of the lines (the carrier's rotation per sample is 2πf/fs)
     */
    SourceBands(EchoSources sources, double samplingRate) {
        int n = sources.count();
        double lo = 0, hi = 0;
        for (int s = 0; s < n; s++) {
            lo = Math.min(lo, sources.z[s]);
            hi = Math.max(hi, sources.z[s]);
        }
        zMin = lo;
        zMax = hi;
        int bands = (int) (Math.max(0, zMax) / BAND) + 1;
        start = new int[bands + 1];
        for (int s = 0; s < n; s++) {
            start[band(sources.z[s]) + 1]++;
        }
        for (int b = 0; b < bands; b++) {
            start[b + 1] += start[b];
        }
        int[] order = new int[n], fill = Arrays.copyOf(start, bands);
        for (int s = 0; s < n; s++) { // sources are sorted by x: a stable distribution keeps each band sorted
            order[fill[band(sources.z[s])]++] = s;
        }
        x = new double[n];
        z = new double[n];
        slowness = new double[n];
        frequency = new double[n];
        omega = new double[n];
        stepCos = new double[n];
        stepSin = new double[n];
        amplitude = new double[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(k -> { // two trigonometric calls per source
            int s = order[k];
            x[k] = sources.x[s];
            z[k] = sources.z[s];
            slowness[k] = sources.slowness[s];
            frequency[k] = sources.centreFrequency[s];
            omega[k] = 2 * Math.PI * frequency[k] / samplingRate;
            stepCos[k] = Math.cos(omega[k]);
            stepSin[k] = Math.sin(omega[k]);
            amplitude[k] = sources.amplitude[s] * ReceiveBeam.interpolationGain(frequency[k], samplingRate);
        });
    }

    private static int band(double z) {
        return (int) (Math.max(0, z) / BAND);
    }

    int bands() {
        return start.length - 1;
    }

    /** Top [m] of band b (the shallowest source, if above the face, for band 0). */
    double top(int b) {
        return b == 0 ? zMin : b * BAND;
    }

    /** Bottom [m] of band b (the deepest source for the last band). */
    double bottom(int b) {
        return b == bands() - 1 ? zMax : (b + 1) * BAND;
    }

    /** The index of band b's first source ({@code b = bands()}: the number of sources). */
    int start(int b) {
        return start[b];
    }

    /** The deepest source [m] (0 without sources). */
    double maxDepth() {
        return zMax;
    }

    /** The index range in band b of the sources with x in [xMin, xMax]: {first, end}. */
    void range(int b, double xMin, double xMax, int[] out) {
        out[0] = firstAtOrAfter(b, xMin);
        out[1] = firstAfter(b, xMax, out[0]);
    }

    private int firstAtOrAfter(int b, double v) {
        int lo = start[b], hi = start[b + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstAfter(int b, double v, int from) {
        int lo = from, hi = start[b + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
