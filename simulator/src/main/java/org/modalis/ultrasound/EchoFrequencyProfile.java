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

    /** The mean echo frequency [Hz] of rows 0 … rows − 1 at depths j·dz (each over [z_j − dz/2, z_j + dz/2)). */
    double[] rows(double dz, int rows);

    /** The mean over the sources binned to the nearest row; f₀ for rows without a source. */
    static EchoFrequencyProfile of(EchoSources sources, double f0) {
        return (dz, rows) -> {
            double[] sum = new double[rows];
            int[] count = new int[rows];
            for (int s = 0; s < sources.count(); s++) {
                int j = (int) Math.round(sources.z[s] / dz);
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
        return (dz, rows) -> {
            Medium.FanGeometry fan = medium.fan();
            double[] weighted = new double[rows], weights = new double[rows], plain = new double[rows];
            int[] cells = new int[rows];
            for (int step = 0; step < fan.steps(); step++) {
                int j = (int) Math.round(step * fan.ds() / dz);
                if (j >= rows) {
                    break;
                }
                for (int ray = 0; ray < fan.rays(); ray++) {
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
        };
    }
}
