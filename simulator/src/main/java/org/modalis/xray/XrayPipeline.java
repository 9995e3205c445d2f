package org.modalis.xray;

import java.util.List;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.phantom.Phantom;
import org.modalis.physics.Rng;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.XraySpectrum;
import org.modalis.pipeline.Progress;
import org.modalis.pipeline.Trace;

/**
 * Runs a projection radiograph: spectrum, noise-free primary (focal spot, heel, collimation, grid primary
 * transmission), scatter and grid, quantum noise, panel readout, flat-field normalisation, dose and metrics (CPU).
 */
public final class XrayPipeline {

    private final TungstenSpectrumModel spectra = new TungstenSpectrumModel();
    private final XrayExposureMemo memo;

    /** A pipeline that computes every stage afresh. */
    public XrayPipeline() {
        this(new XrayExposureMemo());
    }

    /** A pipeline that reuses the noise-free exposure kept in {@code memo} while its inputs stay equal. */
    public XrayPipeline(XrayExposureMemo memo) {
        this.memo = memo;
    }

    public XrayResult run(XrayJob job, Progress progress) {
        Trace trace = new Trace();
        progress.start("radiograph", 3);
        XraySpectrum spectrum = trace.time("spectrum", "cpu", () -> spectra.generate(job.tube()));
        progress.advance(1);
        ProjectionGeometry g = job.geometry();
        UnitExposure exposure = trace.time("expose", "cpu", () -> memo.exposure(job, () -> expose(job.withMas(1), spectrum)));
        Radiograph atMas = exposure.at(job.mas());
        Radiograph noisy = job.noise() ? trace.time("noise", "cpu", () -> QuantumNoise.draw(atMas, new Rng(job.seed())))
                : atMas;
        // The readout's own random streams hang off stream −1, disjoint from the rows' quantum-noise streams 0…rows−1.
        Radiograph raw = trace.time("readout", "cpu", () -> job.readout().read(noisy, new Rng(job.seed()).stream(-1)));
        progress.advance(1);
        Grid grid = new Grid(g.cols(), g.rows(), 1, g.pitchM(), g.pitchM(), g.pitchM());
        Window window = Window.ofRange(0, 1);
        Image image = new Image(grid, raw.relativeExposure(), "relative exposure", "1", window);
        Image truth = new Image(grid, raw.truth(), "relative exposure (noise-free)", "1", window);
        XrayDose dose = trace.time("dose", "cpu", () -> XrayDose.of(spectrum, job.mas(), g, job.phantom(), job.field(),
                job.backscatterFactor()));
        ExposureIndex ei = ExposureIndex.of(raw, ExposureIndex.rqa5ResponseKevPerMm2PerUgy(job.detector(), spectra),
                job.targetEi());
        var metrics = trace.time("measure", "cpu", () -> XrayMetrics.measure(job, raw, image, truth, spectrum, dose)
                .with(XrayMetrics.detector(ei, job.readout().saturatedFraction(raw)))
                .with(XrayMetrics.source(job, raw, truth))
                .with(exposure.metrics()));
        progress.advance(1);
        return new XrayResult(raw, image, truth, spectrum, dose, metrics, trace);
    }

    /** The noise-free primary, averaged over the object's positions during the exposure ({@link MotionBlur}). */
    private static Radiograph blurred(XrayJob job, XraySpectrum spectrum, XraySource source, double[] gridScale) {
        ProjectionGeometry g = job.geometry();
        int steps = job.motion().steps(g);
        Radiograph sum = null;
        for (int s = 0; s < steps; s++) {
            double dx = job.motion().offsetM(s, steps);
            Phantom p = dx == 0 ? job.phantom() : new ShiftedPhantom(job.phantom(), dx, 0, 0);
            Radiograph r = XrayAcquisition.acquire(p, g, job.detector(), spectrum, job.mas(), false, new Rng(job.seed()),
                    source, gridScale);
            if (sum == null) {
                sum = r;
            } else {
                for (int k = 0; k < r.mean().length; k++) {
                    sum.mean()[k] += r.mean()[k];
                    sum.variance()[k] += r.variance()[k];
                }
            }
        }
        for (int k = 0; k < sum.mean().length && steps > 1; k++) {
            sum.mean()[k] /= steps;
            sum.variance()[k] /= steps;
        }
        return sum.noiseFree();
    }

    /** The noise-free exposure of {@code job} (run at 1 mAs by the caller) and the scatter/grid metrics. */
    private UnitExposure expose(XrayJob job, XraySpectrum spectrum) {
        ProjectionGeometry g = job.geometry();
        XraySource source = new XraySource(job.focalSpot(),
                job.heel() ? HeelEffect.rowFactors(spectra, job.tube(), g) : null, job.field());
        double[] gridScale = job.grid() == null ? null : ScatterStage.gridScale(job.grid(), spectrum, spectra);
        Radiograph primary = blurred(job, spectrum, source, gridScale);
        if (job.scatter()) {
            ScatterStage.Outcome o = ScatterStage.apply(job, spectrum, spectra, primary, gridScale,
                    new ScatterModel(ScatterKernels.load()));
            return new UnitExposure(o.total(), o.metrics());
        }
        if (job.grid() != null && !job.grid().moving()) {
            double[] column = job.grid().columnFactors(g);
            double[] mean = primary.mean().clone(), variance = primary.variance().clone();
            for (int k = 0; k < mean.length; k++) {
                mean[k] *= column[k % g.cols()];
                variance[k] *= column[k % g.cols()];
            }
            primary = new Radiograph(g, primary.reading(), mean, variance, primary.openField(), primary.kermaMgy()).noiseFree();
        }
        return new UnitExposure(primary, List.of());
    }
}
