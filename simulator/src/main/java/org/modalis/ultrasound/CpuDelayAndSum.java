package org.modalis.ultrasound;

import java.util.stream.IntStream;

/**
 * Delay-and-sum with dynamic receive focusing on the CPU: for each output point p at range r on line l, every
 * element e inside the expanding aperture |x_e − x_c| &lt; a(r) = max(r/(2F#), pitch) contributes its trace at
 * τ = (r + |p − e|)/c (transmit along the line, return to the element; c = 1540 m/s), linearly interpolated,
 * weighted by a Hann window 0.5·(1 + cos(π(x_e − x_c)/a)), and the sum is divided by the sum of weights so that
 * the gain does not change as the aperture grows. Twin of the interface {@link Beamformer}.
 */
public final class CpuDelayAndSum implements Beamformer {

    private final double pitch;

    /** @param pitch element pitch [m]: the smallest aperture half-width */
    public CpuDelayAndSum(double pitch) {
        this.pitch = pitch;
    }

    @Override
    public void beamform(float[] channels, ChannelLayout layout, BeamGeometry geometry, float[] out) {
        IntStream.range(0, layout.lines()).parallel().forEach(l ->
                beamformLine(channels, l * layout.lineSize(), l, layout, geometry, out, l * layout.samples()));
    }

    /**
     * Beamforms line l from its traces at {@code channels[channelOffset…]} into {@code out[outOffset…]}
     * ({@code layout.samples()} values).
     */
    public void beamformLine(float[] channels, int channelOffset, int l, ChannelLayout layout, BeamGeometry geometry,
                             float[] out, int outOffset) {
        int n = layout.samples(), aperture = layout.aperture();
        double fs = layout.samplingRate(), c = geometry.speed();
        double ox = geometry.originX()[l], ux = geometry.dirX()[l], uz = geometry.dirZ()[l];
        double centre = geometry.apertureCentre()[l];
        float[] ex = layout.elementX();
        for (int k = 0; k < n; k++) {
            double r = c * k / (2 * fs);
            double half = Math.max(r / (2 * geometry.receiveFNumber()), pitch);
            out[outOffset + k] = focus(channels, channelOffset, n, n, ex, l * aperture, (l + 1) * aperture, centre, half,
                    ox + ux * r, uz * r, r, c, fs);
        }
    }

    /**
     * One focused point p = (px, pz): the traces of elements {@code from … to − 1} (at x = {@code ex[e]} on the face,
     * element e's trace at {@code traces[base + (e − from)·stride …]}, {@code samples} long) inside the aperture
     * |x_e − centre| &lt; half, each read at τ = (transmitPath + |p − e|)/c (linearly interpolated) and weighted by the
     * Hann window 0.5·(1 + cos(π(x_e − centre)/half)), summed and divided by the sum of the weights. The transmit
     * path is the distance the transmit wave travelled to p's range: r for a focused line, the plane's own for a
     * plane wave ({@link PlaneWaveImaging}).
     */
    static float focus(float[] traces, int base, int stride, int samples, float[] ex, int from, int to, double centre,
                       double half, double px, double pz, double transmitPath, double c, double fs) {
        double sum = 0, weights = 0;
        for (int e = from; e < to; e++) {
            double d = ex[e] - centre;
            if (Math.abs(d) >= half) {
                continue;
            }
            double w = 0.5 * (1 + Math.cos(Math.PI * d / half));
            double dx = px - ex[e];
            double t = (transmitPath + Math.sqrt(dx * dx + pz * pz)) / c * fs;
            int i = (int) t;
            if (i + 1 < samples) {
                double f = t - i;
                int at = base + (e - from) * stride + i;
                sum += w * (traces[at] + f * (traces[at + 1] - traces[at]));
            }
            weights += w;
        }
        return weights > 0 ? (float) (sum / weights) : 0f;
    }
}
