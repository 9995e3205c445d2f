package org.modalis.mri;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Ray;
import org.modalis.phantom.Region;
import org.modalis.phantom.Shape;

/**
 * What the ideal image of a slab is made of, independent of the contrast: for each pixel, the distinct
 * slab-averaged compositions c̄(x, y) = (1/T)∫ c(x, y, z) dz of its {@value #SUB} × {@value #SUB} sub-pixel points
 * and how many points share each. {@link #render} turns it into |Σ_t c̄_t·s_t| averaged over the points for any
 * tissue signals s_t, so a TR/TE/flip edit re-weights instead of re-sampling the phantom ({@link MriSpectraMemo}).
 *
 * <p>The slab average is exact: along the vertical line through a point every region covers one z interval
 * (convex shapes, {@link Shape#intersect}); between the sorted interval ends inside the slab the set of covering
 * regions is constant, so the composition at each piece's middle times its length, summed, is the integral.
 * A 2-D phantom is the same at every z: one composition per point. Rows run in parallel.
 */
public final class TruthComposition {

    /** Sub-pixel points per axis. */
    static final int SUB = 4;

    private final Grid grid;
    private final int tissues;
    /** Per pixel, the first entry in {@link #entries}; entries of pixel i end where those of pixel i + 1 begin. */
    private final int[] start;
    /** Entries of (count, c̄_0 … c̄_{nt−1}). */
    private final double[] entries;

    private TruthComposition(Grid grid, int tissues, int[] start, double[] entries) {
        this.grid = grid;
        this.tissues = tissues;
        this.start = start;
        this.entries = entries;
    }

    /** Samples the slab [z₀ − T/2, z₀ + T/2] of the phantom on the grid's pixels. */
    public static TruthComposition of(AnalyticPhantom phantom, Grid grid, double z0, double thickness) {
        int nt = phantom.tissues().size(), nx = grid.nx(), stride = 1 + nt;
        double[][] rows = new double[grid.ny()][];
        int[][] counts = new int[grid.ny()][];
        IntStream.range(0, grid.ny()).parallel().forEach(j -> {
            SlabLine line = new SlabLine(phantom, z0, thickness);
            double[] buffer = new double[nx * SUB * SUB * stride];
            int[] perPixel = new int[nx];
            int used = 0;
            double[] c = new double[nt];
            for (int i = 0; i < nx; i++) {
                int first = used;
                for (int s = 0; s < SUB * SUB; s++) {
                    double x = grid.x(i) + ((s % SUB + 0.5) / SUB - 0.5) * grid.dx();
                    double y = grid.y(j) + ((s / SUB + 0.5) / SUB - 0.5) * grid.dy();
                    line.average(x, y, c);
                    used = addOrCount(buffer, first, used, c, stride);
                }
                perPixel[i] = (used - first) / stride;
            }
            rows[j] = Arrays.copyOf(buffer, used);
            counts[j] = perPixel;
        });
        int[] start = new int[nx * grid.ny() + 1];
        int total = 0;
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < nx; i++) {
                start[j * nx + i] = total;
                total += counts[j][i];
            }
        }
        start[nx * grid.ny()] = total;
        double[] entries = new double[total * stride];
        for (int j = 0, o = 0; j < grid.ny(); j++) {
            System.arraycopy(rows[j], 0, entries, o, rows[j].length);
            o += rows[j].length;
        }
        return new TruthComposition(grid, nt, start, entries);
    }

    /** Counts c into the pixel's entries from {@code first}: an equal composition gains a count, else a new entry. */
    private static int addOrCount(double[] buffer, int first, int used, double[] c, int stride) {
        for (int e = first; e < used; e += stride) {
            if (Arrays.equals(buffer, e + 1, e + stride, c, 0, c.length)) {
                buffer[e] += 1;
                return used;
            }
        }
        buffer[used] = 1;
        System.arraycopy(c, 0, buffer, used + 1, c.length);
        return used + stride;
    }

    /** The ideal magnitude image for tissue signals s_t: mean over the sub-pixel points of |Σ_t c̄_t·s_t|. */
    public Image render(double[] signal) {
        int stride = 1 + tissues;
        float[] out = new float[grid.nx() * grid.ny()];
        double max = 0;
        for (int p = 0; p < out.length; p++) {
            double sum = 0;
            for (int e = start[p] * stride; e < start[p + 1] * stride; e += stride) {
                double v = 0;
                for (int t = 0; t < tissues; t++) {
                    v += entries[e + 1 + t] * signal[t];
                }
                sum += entries[e] * Math.abs(v);
            }
            out[p] = (float) (sum / (SUB * SUB));
            max = Math.max(max, out[p]);
        }
        return new Image(grid, out, "magnitude", "a.u.", Window.ofRange(0, max > 0 ? max : 1));
    }

    /** Distinct compositions held (for the memory estimate: 8·(1 + tissues) bytes each). */
    public int entries() {
        return start[start.length - 1];
    }

    /** The exact slab average of the composition along one vertical line (one instance per thread). */
    private static final class SlabLine {
        private final AnalyticPhantom phantom;
        private final double z1;
        private final double thickness;
        private final Shape[] shapes;
        private final double[] breaks;
        private final double[] t = new double[2];
        private final double[] piece;
        private final boolean flat;

        SlabLine(AnalyticPhantom phantom, double z0, double thickness) {
            this.phantom = phantom;
            this.z1 = z0 - thickness / 2;
            this.thickness = thickness;
            this.shapes = phantom.regions().stream().map(Region::shape).toArray(Shape[]::new);
            this.breaks = new double[2 * shapes.length + 2];
            this.piece = new double[phantom.tissues().size()];
            this.flat = phantom.dimension() == 2;
        }

        void average(double x, double y, double[] out) {
            if (flat) {
                phantom.composition(x, y, z1 + thickness / 2, out);
                return;
            }
            Arrays.fill(out, 0);
            int n = 0;
            breaks[n++] = 0;
            breaks[n++] = thickness;
            Ray up = new Ray(x, y, z1, 0, 0, 1);
            for (Shape s : shapes) {
                if (s.intersect(up, t)) {
                    n = addBreak(t[0], n);
                    n = addBreak(t[1], n);
                }
            }
            Arrays.sort(breaks, 0, n);
            for (int i = 0; i + 1 < n; i++) {
                double len = breaks[i + 1] - breaks[i];
                if (len > 0) {
                    phantom.composition(x, y, z1 + 0.5 * (breaks[i] + breaks[i + 1]), piece);
                    for (int k = 0; k < out.length; k++) {
                        out[k] += piece[k] * len / thickness;
                    }
                }
            }
        }

        private int addBreak(double tz, int n) {
            if (tz > 0 && tz < thickness) {
                breaks[n++] = tz;
            }
            return n;
        }
    }
}
