package org.modalis.ultrasound;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.modalis.tissue.AcousticProperties;

/**
 * The typical echo at each depth — its centre frequency (attenuation lowers it with depth, {@link GaussianPulse})
 * and its mean slowness along the path (slower layers above delay it): the point about which the receive tables
 * ({@link ReceiveFieldTables}) are evaluated, row by row, and corrected to first order for each source. The median,
 * not the mean: behind a cyst or a calcification the echoes are few and far off (2–5 % in slowness), and a mean
 * pulled towards them would put the many echoes of the surrounding tissue outside the corrections' tolerance.
 * Either from the medium — every scattering cell of a linear array's map at that depth, weighted by its scatterer
 * density, so it does not depend on where the random scatterers fell (a frame with another seed reuses the tables)
 * — or from a given set of sources.
 */
interface EchoProfile {

    /** Per row of a grid: the typical echo frequency [Hz] and mean path slowness [s/m]. Not to be modified. */
    record Rows(double[] frequency, double[] slowness) {

    @Override
        public boolean equals(Object o) {
            return o instanceof Rows r && Arrays.equals(frequency, r.frequency) && Arrays.equals(slowness, r.slowness);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(frequency) + Arrays.hashCode(slowness);
        }

        /** Whether {@code other}'s rows are this one's first rows. */
        boolean startsWith(Rows other) {
            int n = other.frequency.length;
            return frequency.length >= n && Arrays.equals(frequency, 0, n, other.frequency, 0, n)
                    && Arrays.equals(slowness, 0, n, other.slowness, 0, n);
        }
    }

    /**
     * Every {@value}th ray of the medium map: rays λ/4 apart sample the lateral variation far finer than it varies
     * (both quantities accumulate over centimetres of depth), and a row's median is only the point the receive
     * table's first-order corrections expand about.
     */
    int RAY_STRIDE = 4;

    /** The typical echo of each row of {@code grid} (each over the depths nearest to it). */
    Rows rows(LineFrameGrid grid);

    /** The median of the sources binned to the nearest row; f₀ and 1/1540 s/m for rows without a source. */
    static EchoProfile of(EchoSources sources, double f0) {
        return grid -> {
            int[] row = new int[sources.count()], count = new int[grid.rows];
            for (int s = 0; s < sources.count(); s++) {
                row[s] = (int) Math.round(grid.row(Math.max(0, sources.z[s])));
                if (row[s] >= 0 && row[s] < grid.rows) {
                    count[row[s]]++;
                }
            }
            double[][] fs = new double[grid.rows][], ms = new double[grid.rows][];
            for (int j = 0; j < grid.rows; j++) {
                fs[j] = new double[count[j]];
                ms[j] = new double[count[j]];
                count[j] = 0;
            }
            for (int s = 0; s < sources.count(); s++) { // each row's sources in their order
                int j = row[s];
                if (j >= 0 && j < grid.rows) {
                    fs[j][count[j]] = sources.centreFrequency[s];
                    ms[j][count[j]++] = sources.slowness[s];
                }
            }
            double[] f = new double[grid.rows], m = new double[grid.rows];
            for (int j = 0; j < grid.rows; j++) {
                f[j] = count[j] > 0 ? median(fs[j], null, count[j]) : f0;
                m[j] = count[j] > 0 ? median(ms[j], null, count[j]) : 1 / UltrasoundProtocol.NOMINAL_SPEED;
            }
            return new Rows(f, m);
        };
    }

    /**
     * The density-weighted median of f_c = f₀ − β·σ_f² (β the round-trip attenuation slope) and of the mean slowness
     * ∫ds/c ÷ depth over the cells of a linear array's medium map nearest to each row; cells without scatterers
     * count only where a row has none (interfaces and wires still echo there).
     */
    static EchoProfile of(Medium medium, GaussianPulse pulse) {
        return new Remembering(grid -> {
            Medium.FanGeometry fan = medium.fan();
            // The steps nearest each row form a run (the row of a depth grows with it): row j's are [start[j], start[j + 1]).
            int[] start = new int[grid.rows + 1];
            int step = 0;
            for (int j = 0; j <= grid.rows; j++) {
                while (step < fan.steps() && Math.round(grid.row(step * fan.ds())) < j) {
                    step++;
                }
                start[j] = step;
            }
            double[] f = new double[grid.rows], m = new double[grid.rows];
            // Row by row in parallel, each row's cells in the order of the steps, then the rays: the same medians.
            int perStep = (fan.rays() + RAY_STRIDE - 1) / RAY_STRIDE;
            IntStream.range(0, grid.rows).parallel().forEach(j -> {
                int cells = (start[j + 1] - start[j]) * perStep, n = 0;
                // Each cell weighted by its scatterer density (0 where it scatters nothing: a zero weight never
                // moves a weighted median); rows of no scattering cell take the plain median of all their cells.
                double[] weight = new double[cells], fc = new double[cells], mc = new double[cells];
                double total = 0;
                for (int s = start[j]; s < start[j + 1]; s++) {
                    for (int ray = 0; ray < fan.rays(); ray += RAY_STRIDE) {
                        int cell = medium.cell(ray, s);
                        AcousticProperties p = medium.materialProperties(medium.material(cell));
                        fc[n] = pulse.shiftedCentre(2 * medium.attenuationSlope(cell));
                        mc[n] = medium.range(cell) > 0 ? medium.time(cell) / medium.range(cell) : 1 / p.speedOfSound();
                        weight[n] = p.backscatter() > 0 && p.scatterersPerCell() > 0 ? p.scatterersPerCell() : 0;
                        total += weight[n++];
                    }
                }
                double[] w = total > 0 ? weight : null;
                f[j] = n > 0 ? median(fc, w, n) : pulse.centreFrequencyHz();
                m[j] = n > 0 ? median(mc, w, n) : 1 / UltrasoundProtocol.NOMINAL_SPEED;
            });
            return new Rows(f, m);
        });
    }

    /**
     * The weighted median of values[0 … n) with their weights (null: all 1): the smallest value holding half the weight
     * at or below it, equal values in their given order.
     */
    static double median(double[] values, double[] weights, int n) {
        int[] order = StableOrder.of(values, null, n, 1);
        double total = 0, below = 0;
        for (int i = 0; i < n; i++) {
            total += weights == null ? 1 : weights[order[i]];
        }
        for (int i = 0; i < n; i++) {
            below += weights == null ? 1 : weights[order[i]];
            if (below >= 0.5 * total) {
                return values[order[i]];
            }
        }
        return values[order[n - 1]];
    }

    /** A profile that remembers its last answer (the same rows are asked for frame after frame). */
    final class Remembering implements EchoProfile {
        private final EchoProfile profile;
        private LineFrameGrid lastGrid;
        private Rows last;

        Remembering(EchoProfile profile) {
            this.profile = profile;
        }

        /** The rows depend on the grid's depths only: its steps and number of rows. */
        @Override
        public synchronized Rows rows(LineFrameGrid grid) {
            if (last == null || lastGrid.dz != grid.dz || lastGrid.coarseFrom != grid.coarseFrom
                    || lastGrid.rows != grid.rows) {
                last = profile.rows(grid);
                lastGrid = grid;
            }
            return last;
        }
    }
}
