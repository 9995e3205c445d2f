package org.modalis.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.modalis.UserInputException;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.io.JsonWriter;
import org.modalis.io.NpyWriter;
import org.modalis.io.OutputDirectory;
import org.modalis.io.PngRowOrder;
import org.modalis.io.PngWriter;
import org.modalis.metrics.MetricSet;
import org.modalis.mri.CenteredInverseFft;
import org.modalis.pipeline.MriKSpaceNpy;
import org.modalis.pipeline.RunReport;
import org.modalis.pipeline.Trace;
import org.modalis.scenario.MemoryBudget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modalis reconstruct mri KSPACE.npy}: centred inverse FFT of Cartesian k-space made elsewhere, RSS over coils. */
@Command(name = "mri", mixinStandardHelpOptions = true,
        description = {"Inverse FFT of Cartesian complex k-space (.npy complex64/complex128, rows × columns, k = 0 at",
            "(rows/2, columns/2) as BART and numpy.fft.fftshift store it), root-sum-of-squares over a coil axis.",
            "Rows are phase encoding (image y), columns readout (image x). Writes image.npy, image.png, metrics.json."})
final class ReconstructMriCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KSPACE.npy", description = "complex k-space, 2-D, or 3-D with a coil axis")
    Path kspace;

    @Option(names = "--coils-axis", paramLabel = "N", description = "axis (0, 1 or 2) of a 3-D array that holds the coils")
    Integer coilsAxis;

    @Option(names = "--convention", defaultValue = "bart", paramLabel = "bart|modalis",
            description = "bart: pixel j at (j − N/2), numpy/BART's centred FFT; modalis: pixel centres at (j + ½ − N/2), "
                    + "as modalis run reconstructs its raw.npy (default ${DEFAULT-VALUE})")
    String convention;

    @Option(names = "--fov-mm", split = ",", paramLabel = "READ,PHASE",
            description = "field of view along readout (columns) and phase (rows) in mm: sets pixel size and the a.u. "
                    + "scale of modalis run (Δk_r·Δk_p); without it the image is NumPy's ifft2 (1/(rows·columns))")
    double[] fovMm;

    @Option(names = "--crop-readout", defaultValue = "1", paramLabel = "1|2",
            description = "readout oversampling to crop: 2 keeps the central half of the columns (default ${DEFAULT-VALUE})")
    int cropReadout;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Override
    public Integer call() {
        validate();
        Trace trace = new Trace();
        MriKSpaceNpy k = trace.time("load", "cpu", () -> MriKSpaceNpy.read(kspace));
        Layout layout = layout(k.shape());
        MemoryBudget.check("the k-space and images", (long) layout.rows * layout.cols * (layout.coils + 2) * 16L, "KSPACE.npy");
        float[] rss = trace.time("reconstruct (centred IFFT, RSS)", "cpu", () -> reconstruct(k, layout));
        int colsOut = layout.cols / cropReadout;
        double dx = fovMm == null ? 1 : fovMm[0] * 1e-3 / colsOut, dy = fovMm == null ? 1 : fovMm[1] * 1e-3 / layout.rows;
        double max = 0;
        for (float v : rss) {
            max = Math.max(max, v);
        }
        Image image = new Image(new Grid(colsOut, layout.rows, 1, dx, dy, 1), rss, "magnitude", "a.u.",
                Window.ofRange(0, max > 0 ? max : 1));
        OutputDirectory dir = OutputDirectory.create(out);
        PngRowOrder order = convention.equals("modalis") ? PngRowOrder.LARGEST_Y_AT_TOP : PngRowOrder.ROW_ZERO_AT_TOP;
        dir.write("image.npy", o -> NpyWriter.writeImage(o, image));
        dir.write("image.png", o -> PngWriter.writeGrey(o, image, 0, image.window(), order));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kspace", kspace.toString());
        report.put("shape", List.of(layout.rows, layout.cols));
        report.put("coils", layout.coils);
        report.put("convention", convention);
        report.put("crop_readout", cropReadout);
        report.put("fov_mm", fovMm == null ? null : List.of(fovMm[0], fovMm[1]));
        report.put("image_size", List.of(colsOut, layout.rows));
        report.put("image_max", max);
        report.put("metrics", RunReport.metricsMap(MetricSet.empty()));
        report.put("stages", trace.stages());
        dir.write("metrics.json", o -> new JsonWriter().write(o, report));
        spec.commandLine().getOut().printf(Locale.ROOT, "reconstructed %d × %d k-space, %d coil(s) → %d × %d in %.3f s; wrote %s%n",
                layout.rows, layout.cols, layout.coils, colsOut, layout.rows, trace.totalSeconds(), dir.dir());
        return 0;
    }

    private void validate() {
        if (!convention.equals("bart") && !convention.equals("modalis")) {
            throw new UserInputException("unknown convention '" + convention + "'", null, 0, 0, "--convention", "bart or modalis");
        }
        if (cropReadout != 1 && cropReadout != 2) {
            throw new UserInputException("must be 1 or 2, got " + cropReadout, null, 0, 0, "--crop-readout", null);
        }
        if (fovMm != null && (fovMm.length != 2 || !(fovMm[0] > 0) || !(fovMm[1] > 0))) {
            throw new UserInputException("needs two positive values READ,PHASE in mm", null, 0, 0, "--fov-mm", "e.g. 240,240");
        }
    }

    /** Rows, columns and coils of the array, and the strides that address sample (coil, row, column). */
    private record Layout(int rows, int cols, int coils, int coilStride, int rowStride, int colStride) {
    }

    private Layout layout(int[] shape) {
        if (shape.length == 2 && coilsAxis == null) {
            return new Layout(shape[0], shape[1], 1, 0, shape[1], 1);
        }
        if (shape.length != 3 || coilsAxis == null || coilsAxis < 0 || coilsAxis > 2) {
            throw new UserInputException("k-space of shape " + java.util.Arrays.toString(shape) + " needs "
                    + (shape.length == 3 ? "--coils-axis 0, 1 or 2" : "2 dimensions (or 3 with --coils-axis)"),
                    kspace, 0, 0, null, null);
        }
        int[] stride = {shape[1] * shape[2], shape[2], 1};
        int[] other = coilsAxis == 0 ? new int[] {1, 2} : coilsAxis == 1 ? new int[] {0, 2} : new int[] {0, 1};
        return new Layout(shape[other[0]], shape[other[1]], shape[coilsAxis], stride[coilsAxis], stride[other[0]], stride[other[1]]);
    }

    private float[] reconstruct(MriKSpaceNpy k, Layout l) {
        if (l.rows % 2 != 0 || l.cols % (2 * cropReadout) != 0) {
            throw new UserInputException("rows and columns must be even (columns a multiple of 2·crop), got " + l.rows + " × "
                    + l.cols, kspace, 0, 0, null, null);
        }
        double scale = fovMm == null ? 1.0 / ((double) l.rows * l.cols)
                : 1.0 / (fovMm[1] * 1e-3 * fovMm[0] * 1e-3 * cropReadout);
        int colsOut = l.cols / cropReadout, c0 = (l.cols - colsOut) / 2;
        float[] coil = new float[2 * l.rows * l.cols], img = new float[coil.length], sumSq = new float[l.rows * colsOut];
        for (int c = 0; c < l.coils; c++) {
            for (int r = 0; r < l.rows; r++) {
                for (int q = 0; q < l.cols; q++) {
                    int src = 2 * (c * l.coilStride + r * l.rowStride + q * l.colStride);
                    coil[2 * (r * l.cols + q)] = k.data()[src];
                    coil[2 * (r * l.cols + q) + 1] = k.data()[src + 1];
                }
            }
            CenteredInverseFft.transform(coil, l.rows, l.cols, convention.equals("modalis"), scale, img);
            for (int r = 0; r < l.rows; r++) {
                for (int q = 0; q < colsOut; q++) {
                    int o = 2 * (r * l.cols + q + c0);
                    sumSq[r * colsOut + q] += img[o] * img[o] + img[o + 1] * img[o + 1];
                }
            }
        }
        for (int i = 0; i < sumSq.length; i++) {
            sumSq[i] = (float) Math.sqrt(sumSq[i]);   // root-sum-of-squares over coils (Roemer et al., MRM 16 (1990) 192)
        }
        return sumSq;
    }
}
