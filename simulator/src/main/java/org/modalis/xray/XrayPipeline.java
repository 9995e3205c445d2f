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
        Radiograph raw = trace.time("expose", "cpu", () -> XrayAcquisition.acquire(job.phantom(), g, job.detector(),
                spectrum, job.mas(), job.noise(), new Rng(job.seed())));
        progress.advance(1);
        Grid grid = new Grid(g.cols(), g.rows(), 1, g.pitchM(), g.pitchM(), g.pitchM());
        Window window = Window.ofRange(0, 1);
        Image image = new Image(grid, raw.relativeExposure(), "relative exposure", "1", window);
        Image truth = new Image(grid, raw.truth(), "relative exposure (noise-free)", "1", window);
        XrayDose dose = trace.time("dose", "cpu", () -> XrayDose.of(spectrum, job.mas(), g, job.phantom()));
        var metrics = trace.time("measure", "cpu", () -> XrayMetrics.measure(job, raw, image, truth, spectrum, dose));
        progress.advance(1);
        return new XrayResult(raw, image, truth, spectrum, dose, metrics, trace);
    }
}
