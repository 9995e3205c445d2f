package org.modalis.ultrasound;

import org.modalis.tissue.AcousticProperties;

/**
 * The mean centre frequency of the echoes at each depth (attenuation lowers it with depth, {@link GaussianPulse}):
 * the frequency at which the receive tables ({@link ReceiveFieldTables}) are evaluated, row by row. Either from the
 * medium — the downshift of every scattering cell of a linear array's map at that depth, weighted by its scatterer
 * density, so it does not depend on where the random scatterers fell (a frame with another seed reuses the
 * tables) — or from a given set of sources (their mean per row).
 */
interface EchoFrequencyProfile {

    /** The mean echo frequency [Hz] of each row of {@code grid} (each over the depths nearest to it). */
    double[] rows(LineFrameGrid grid);

    /** The mean over the sources binned to the nearest row; f₀ for rows without a source. */
    static EchoFrequencyProfile of(EchoSources sources, double f0) {
        return grid -> {
            int rows = grid.rows;
            double[] sum = new double[rows];
            int[] count = new int[rows];
            for (int s = 0; s < sources.count(); s++) {
                int j = (int) Math.round(grid.row(Math.max(0, sources.z[s])));
                if (j >= 0 && j < rows) {
                    sum[j] += sources.centreFrequency[s];
                    count[j]++;
                }
            }
            double[] f = new double[rows];
            for (int j = 0; j < rows; j++) {
                f[j] = count[j] > 0 ? sum[j] / count[j] : f0;
            }
            return f;
        };
    }

    /**
     * The density-weighted mean of f_c = f₀ − β·σ_f² (β the round-trip attenuation slope) over the cells of a linear
     * array's medium map nearest to each row; cells without scatterers count only where a row has none (interfaces
     * and wires still echo there); f₀ where the map has no cell.
     */
    static EchoFrequencyProfile of(Medium medium, GaussianPulse pulse) {
        return new Remembering(grid -> {
            int rows = grid.rows;
            Medium.FanGeometry fan = medium.fan();
            double[] weighted = new double[rows], weights = new double[rows], plain = new double[rows];
            int[] cells = new int[rows];
            for (int step = 0; step < fan.steps(); step++) {
                int j = (int) Math.round(grid.row(step * fan.ds()));
                if (j >= rows) {
                    break;
                }
                for (int ray = 0; ray < fan.rays(); ray += RAY_STRIDE) {
                    int cell = medium.cell(ray, step);
                    double f = pulse.shiftedCentre(2 * medium.attenuationSlope(cell));
                    AcousticProperties p = medium.materialProperties(medium.material(cell));
                    double density = p != null && p.backscatter() > 0 ? p.scatterersPerCell() : 0;
                    weighted[j] += density * f;
                    weights[j] += density;
                    plain[j] += f;
                    cells[j]++;
                }
            }
            double[] f = new double[rows];
            for (int j = 0; j < rows; j++) {
                f[j] = weights[j] > 0 ? weighted[j] / weights[j] : cells[j] > 0 ? plain[j] / cells[j] : pulse.centreFrequencyHz();
            }
            return f;
        });
    }

    /**
     * Every {@value}th ray of the medium map: rays λ/4 apart sample the lateral variation of the downshift far
     * finer than it varies (it accumulates over centimetres of depth), and a row's mean is only the point the
     * receive table's first-order frequency correction expands about.
     */
    int RAY_STRIDE = 4;

    /** A profile that remembers its last answer (the same rows are asked for frame after frame). */
    final class Remembering implements EchoFrequencyProfile {
        private final EchoFrequencyProfile profile;
        private LineFrameGrid lastGrid;
        private double[] last;

        Remembering(EchoFrequencyProfile profile) {
            this.profile = profile;
        }

        /** The rows depend on the grid's depths only: its steps and number of rows. */
        @Override
        public synchronized double[] rows(LineFrameGrid grid) {
            if (last == null || lastGrid.dz != grid.dz || lastGrid.coarseFrom != grid.coarseFrom
                    || lastGrid.rows != grid.rows) {
                last = profile.rows(grid);
                lastGrid = grid;
            }
            return last.clone();
        }
    }
}
