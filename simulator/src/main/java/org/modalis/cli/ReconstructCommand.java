package org.modalis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.modalis.UserInputException;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.ct.Sinogram;
import org.modalis.ct.recon.Fbp;
import org.modalis.ct.recon.FilterWindow;
import org.modalis.ct.recon.RedundancyWeighting;
import org.modalis.gpu.BackendChoice;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.io.JsonWriter;
import org.modalis.io.NpyArray;
import org.modalis.io.NpyReader;
import org.modalis.io.NpyWriter;
import org.modalis.io.OutputDirectory;
import org.modalis.io.PngRowOrder;
import org.modalis.io.PngWriter;
import org.modalis.metrics.MetricSet;
import org.modalis.pipeline.BackendNames;
import org.modalis.pipeline.RunReport;
import org.modalis.pipeline.Trace;
import org.modalis.scenario.MemoryBudget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modalis reconstruct ct SINOGRAM.npy}: reconstruct raw data made elsewhere. */
@Command(name = "reconstruct", mixinStandardHelpOptions = true, subcommands = {ReconstructCommand.Ct.class, ReconstructMriCommand.class},
        description = "Reconstruct raw data made elsewhere (your own data, or a peer tool's, for comparison).")
final class ReconstructCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Parallel-beam FBP of a sinogram from a .npy file. */
    @Command(name = "ct", mixinStandardHelpOptions = true,
            description = {"Filtered backprojection of a parallel-beam sinogram (.npy, views × bins or bins × views).",
                "Lengths are in pixels: the detector spacing is one image pixel unless --detector-spacing says",
                "otherwise, as scikit-image's radon and most parallel-beam data come; the image holds the",
                "sinogram's unit per pixel length. Writes image.npy, image.png and metrics.json."})
    static final class Ct implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SINOGRAM.npy", description = "the sinogram (NumPy .npy, 2-D, real)")
        Path sinogram;

        @Option(names = "--angles-deg", required = true, paramLabel = "START:STOP:COUNT",
                description = "view angles in degrees: COUNT views from START, spaced (STOP − START)/COUNT "
                        + "(STOP excluded: 0:180:180 is 0, 1, …, 179 as numpy.arange(180))")
        String angles;

        @Option(names = "--filter", paramLabel = "NAME", defaultValue = "ram-lak",
                description = "ramp window: ram-lak, shepp-logan, cosine, hamming, hann (default ${DEFAULT-VALUE})")
        String filter;

        @Option(names = "--cutoff", defaultValue = "1.0", description = "window cutoff, fraction of Nyquist (0, 1]")
        double cutoff;

        @Option(names = "--size", paramLabel = "N", description = "image size in pixels (default: the number of bins)")
        Integer size;

        @Option(names = "--detector-spacing", defaultValue = "1.0", paramLabel = "PIXELS",
                description = "detector bin spacing in image pixels (default ${DEFAULT-VALUE})")
        double spacing;

        @Option(names = "--convention", defaultValue = "skimage", paramLabel = "NAME",
                description = "angle and bin convention: skimage (t = x·cosθ − y·sinθ, centre bin N//2; also ASTRA-like "
                        + "2-D parallel data) or modalis (t = x·cosθ + y·sinθ, centre at N/2; our raw.npy)")
        String convention;

        @Option(names = "--circle", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "reconstruct the scan field only (the circle every view sees; pixels outside are 0), as "
                        + "scikit-image's iradon(circle=True); --no-circle fills the whole square (default: circle)")
        boolean circle;

        @Option(names = "--backend", defaultValue = "auto", paramLabel = "auto|cpu|gpu",
                description = "where backprojection runs; auto uses the GPU only on a hardware OpenGL renderer")
        String backend;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
        Path out;

        @Override
        public Integer call() {
            AngleRange range = AngleRange.parse(angles);
            FilterWindow window = window(filter);
            if (!(cutoff > 0 && cutoff <= 1)) {
                throw new UserInputException("must be in (0, 1], got " + cutoff, null, 0, 0, "--cutoff", "1 keeps the full ramp");
            }
            if (!(spacing > 0)) {
                throw new UserInputException("must be positive, got " + spacing, null, 0, 0, "--detector-spacing", null);
            }
            NpyArray npy = NpyReader.read(sinogram);
            Trace trace = new Trace();
            Sinogram s = trace.time("load", "cpu", () -> SinogramLayout.toSinogram(npy, sinogram, range, spacing, convention));
            int n = size != null ? size : s.geometry().bins();
            if (n < 8 || n > 8192) {
                throw new UserInputException("must be between 8 and 8192 pixels, got " + n, null, 0, 0, "--size", null);
            }
            MemoryBudget.check("the image (--size²) and filtered sinogram", (long) n * n * 8 + (long) s.data().length * 8, "--size");
            Grid grid = Grid.square(n, n, 1.0);
            Image image;
            try (BackendChoice choice = BackendChoice.choose(backend)) {
                spec.commandLine().getErr().println("modalis: " + choice.describe());
                Fbp fbp = new Fbp(choice.backprojector(), RedundancyWeighting.PARKER);
                float[] data = new float[n * n];
                trace.time("reconstruct", BackendNames.traceName(choice), () -> {
                    if (circle) {
                        fbp.reconstructScanField(s, grid, window, cutoff, data);
                    } else {
                        fbp.reconstruct(s, grid, window, cutoff, data);
                    }
                });
                image = new Image(grid, data, "reconstruction", "sinogram unit per pixel", Window.ofRange(0, 1));
            }
            Image shown = image.withWindow(Window.ofRange(min(image.data()), max(image.data())));
            OutputDirectory dir = OutputDirectory.create(out);
            dir.write("image.npy", o -> NpyWriter.writeImage(o, image));
            dir.write("image.png", o -> PngWriter.writeGrey(o, shown, 0, shown.window(), PngRowOrder.ROW_ZERO_AT_TOP));
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("sinogram", sinogram.toString());
            report.put("views", s.geometry().views());
            report.put("bins", s.geometry().bins());
            report.put("angles_deg", angles);
            report.put("convention", convention);
            report.put("filter", filter);
            report.put("cutoff", cutoff);
            report.put("circle", circle);
            report.put("size", n);
            report.put("detector_spacing_pixels", spacing);
            report.put("metrics", RunReport.metricsMap(MetricSet.empty()));
            report.put("image_min", (double) min(image.data()));
            report.put("image_max", (double) max(image.data()));
            report.put("stages", trace.stages());
            dir.write("metrics.json", o -> new JsonWriter().write(o, report));
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "reconstructed %d views × %d bins → %d² in %.3f s; wrote %s%n", s.geometry().views(),
                    s.geometry().bins(), n, trace.totalSeconds(), dir.dir());
            return 0;
        }

        private static FilterWindow window(String name) {
            try {
                return FilterWindow.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("unknown filter '" + name + "'", null, 0, 0, "--filter",
                        "one of ram-lak, shepp-logan, cosine, hamming, hann");
            }
        }

        private static float min(float[] a) {
            float m = Float.POSITIVE_INFINITY;
            for (float v : a) {
                m = Math.min(m, v);
            }
            return m;
        }

        private static float max(float[] a) {
            float m = Float.NEGATIVE_INFINITY;
            for (float v : a) {
                m = Math.max(m, v);
            }
            return m;
        }
    }
}
