package org.modalis.xray;

import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.physics.Rng;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.XraySpectrum;
import org.modalis.pipeline.Progress;
import org.modalis.pipeline.Trace;

/** Runs a projection radiograph: spectrum, exposure, flat-field normalisation, dose and metrics (CPU). */
public final class XrayPipeline {

    private final TungstenSpectrumModel spectra = new TungstenSpectrumModel();

    public XrayResult run(XrayJob job, Progress progress) {
        Trace trace = new Trace();
        progress.start("radiograph", 3);
        XraySpectrum spectrum = trace.time("spectrum", "cpu", () -> spectra.generate(job.tube()));
        progress.advance(1);
        ProjectionGeometry g = job.geometry();
        XraySource source = new XraySource(job.focalSpot(), job.heel() ? HeelEffect.rowFactors(spectra, job.tube(), g) : null);
        Radiograph exposed = trace.time("expose", "cpu", () -> XrayAcquisition.acquire(job.phantom(), g, job.detector(),
                spectrum, job.mas(), job.noise(), new Rng(job.seed()), source));
        // The readout's own random streams hang off stream −1, disjoint from the rows' quantum-noise streams 0…rows−1.
        Radiograph raw = trace.time("readout", "cpu", () -> job.readout().read(exposed, new Rng(job.seed()).stream(-1)));
        progress.advance(1);
        Grid grid = new Grid(g.cols(), g.rows(), 1, g.pitchM(), g.pitchM(), g.pitchM());
        Window window = Window.ofRange(0, 1);
        Image image = new Image(grid, raw.relativeExposure(), "relative exposure", "1", window);
        Image truth = new Image(grid, raw.truth(), "relative exposure (noise-free)", "1", window);
        XrayDose dose = trace.time("dose", "cpu", () -> XrayDose.of(spectrum, job.mas(), g, job.phantom()));
        ExposureIndex ei = ExposureIndex.of(raw, ExposureIndex.rqa5ResponseKevPerMm2PerUgy(job.detector(), spectra),
                job.targetEi());
        var metrics = trace.time("measure", "cpu", () -> XrayMetrics.measure(job, raw, image, truth, spectrum, dose)
                .with(XrayMetrics.detector(ei, job.readout().saturatedFraction(raw)))
                .with(XrayMetrics.source(job, raw, truth)));
        progress.advance(1);
        return new XrayResult(raw, image, truth, spectrum, dose, metrics, trace);
    }
}
