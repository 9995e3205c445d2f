package org.modalis.xray;

import java.util.ArrayList;
import java.util.List;
import org.modalis.metrics.Metric;
import org.modalis.physics.Rng;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.XraySpectrum;

/**
 * Adds the scatter estimate to a noise-free primary exposure, with the anti-scatter grid's action on both, and
 * measures in the central 10 % × 10 % of the panel: the scatter-to-primary ratio SPR = S/P, and with a grid its
 * primary and scatter transmissions Tp and Ts (behind the object, signal-weighted), the Bucky factor
 * B = (P + S)/(Tp·P + Ts·S) (the exposure increase the grid needs for the same detector signal) and the contrast
 * improvement factor CIF = (1 + SPR)/(1 + SPR·Ts/Tp) (the gain in contrast of a small detail, whose contrast is
 * proportional to the primary fraction P/(P + S); Bushberg et al. 3rd ed. §7.6).
 */
final class ScatterStage {

    private ScatterStage() {
    }

    /** The primary plus scatter (and the grid's strip pattern if stationary), and the scatter metrics. */
    record Outcome(Radiograph total, List<Metric> metrics) {
    }

    static Outcome apply(XrayJob job, XraySpectrum spectrum, TungstenSpectrumModel model, Radiograph primary,
                         double[] gridScale, ScatterModel scatter) {
        ProjectionGeometry g = primary.geometry();
        AntiScatterGrid grid = job.grid();
        double gap = ScatterModel.exitGapM(job.phantom(), g);
        ScatterModel.Estimate s = scatter.estimate(primary, spectrum, job.detector(), gap, grid == null ? 0 : grid.ratio(),
                gridScale);
        if (grid != null) {
            double meanEnergy = sum(s.second()) / Math.max(sum(s.signal()), 1e-300);
            double interspace = grid.openFraction() * Math.exp(-model.aluminium().mu(meanEnergy) * grid.heightM());
            scale(s.signal(), interspace);
            scale(s.second(), interspace);
        }
        List<Metric> metrics = new ArrayList<>();
        double p = central(primary.mean(), g), sc = central(s.signal(), g);
        metrics.add(new Metric("scatter.spr", sc / p, "1", "scatter-to-primary ratio at the detector, central 10 % of the panel"
                + (grid == null ? "" : ", behind the grid")));
        metrics.add(new Metric("scatter.air_gap", gap * 100, "cm", "air gap from the object's exit surface to the detector"));
        if (grid != null) {
            metrics.addAll(gridMetrics(job, spectrum, primary, scatter, gap, p, sc));
        }
        double[] mean = primary.mean().clone(), variance = primary.variance().clone();
        double[] column = grid == null ? null : grid.columnFactors(g);
        for (int k = 0; k < mean.length; k++) {
            double f = column == null ? 1 : column[k % g.cols()];
            mean[k] = (mean[k] + s.signal()[k]) * f;
            variance[k] = (variance[k] + s.second()[k]) * f; // thinning keeps the compound Poisson form
        }
        Radiograph total = new Radiograph(g, primary.reading(), mean, variance, primary.openField(), primary.kermaMgy());
        return new Outcome(total.noiseFree(), metrics);
    }

    /** Tp, Ts, SPR without grid, Bucky factor and CIF at the panel's centre. */
    private static List<Metric> gridMetrics(XrayJob job, XraySpectrum spectrum, Radiograph primary,
                                            ScatterModel scatter, double gap, double pGrid, double sGrid) {
        ProjectionGeometry g = job.geometry();
        ProjectionGeometry centre = new ProjectionGeometry(g.sidM(), g.oidM(), g.pitchM(), 1, 1);
        XraySource point = new XraySource(job.focalSpot(), null, job.field());
        double without = XrayAcquisition.acquire(job.phantom(), centre, job.detector(), spectrum, job.mas(), false,
                new Rng(0), point).mean()[0];
        double with = XrayAcquisition.acquire(job.phantom(), centre, job.detector(), spectrum, job.mas(), false,
                new Rng(0), point, gridScale(job.grid(), spectrum, new TungstenSpectrumModel())).mean()[0];
        double tp = with / without;
        ScatterModel.Estimate open = scatter.estimate(primary, spectrum, job.detector(), gap, 0,
                gridScale(job.grid(), spectrum, new TungstenSpectrumModel()));
        double pNo = pGrid / tp, sNo = central(open.signal(), g);
        double ts = sGrid / sNo, sprNo = sNo / pNo;
        return List.of(
                new Metric("scatter.spr_no_grid", sprNo, "1", "scatter-to-primary ratio without the grid, central 10 %"),
                new Metric("grid.tp", tp, "1", "primary transmission of the grid behind the object"),
                new Metric("grid.ts", ts, "1", "scatter transmission of the grid"),
                new Metric("grid.bucky_factor", (pNo + sNo) / (pGrid + sGrid), "1",
                        "(P + S) without grid / with grid: the mAs (and dose) increase for the same detector signal"),
                new Metric("grid.cif", (1 + sprNo) / (1 + sprNo * ts / tp), "1",
                        "contrast improvement factor (1 + SPR)/(1 + SPR·Ts/Tp)"));
    }

    /** The grid's primary transmission per spectrum bin. */
    static double[] gridScale(AntiScatterGrid grid, XraySpectrum spectrum, TungstenSpectrumModel model) {
        double[] s = new double[spectrum.bins()];
        for (int e = 0; e < s.length; e++) {
            s[e] = grid.primaryTransmission(spectrum.energyKev(e), model);
        }
        return s;
    }

    private static double central(double[] v, ProjectionGeometry g) {
        float[] f = new float[v.length];
        for (int k = 0; k < v.length; k++) {
            f[k] = (float) v[k];
        }
        return ExposureIndex.centralMean(f, g);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static void scale(double[] v, double f) {
        for (int k = 0; k < v.length; k++) {
            v[k] *= f;
        }
    }
}
