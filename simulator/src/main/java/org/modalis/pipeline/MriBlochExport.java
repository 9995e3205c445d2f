package org.modalis.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.modalis.io.JsonWriter;
import org.modalis.io.NpyWriter;
import org.modalis.io.OutputDirectory;
import org.modalis.mri.bloch.BlochTrace;

/**
 * Writes a Bloch simulation: {@code bloch.npy} (float64, samples × 5 columns t [s], Mx, My, Mz, |Mxy| in
 * units of M0), {@code bloch.png} (XChart plot of Mx, My, Mz and |Mxy| against t in ms) and
 * {@code metrics.json} (the inputs and each echo's simulated and closed-form amplitude).
 */
public final class MriBlochExport {

    private MriBlochExport() {
    }

    /**
     * @param parameters what was simulated (printed into metrics.json as given)
     * @param echoes     per echo: name → {t_ms, simulated, expected}
     */
    public static List<Path> write(Path dir, String title, BlochTrace trace, Map<String, Object> parameters,
                                   Map<String, Object> echoes) {
        OutputDirectory out = OutputDirectory.create(dir);
        out.write("bloch.npy", s -> NpyWriter.writeFloat64(s, new int[] {trace.samples(), 5}, trace.table()));
        byte[] png = plot(title, trace);
        out.write("bloch.png", s -> s.write(png));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("simulation", title);
        report.put("parameters", parameters);
        report.put("echoes", echoes);
        report.put("columns", List.of("t_s", "mx", "my", "mz", "mxy"));
        out.write("metrics.json", s -> new JsonWriter().write(s, report));
        return out.written();
    }

    static byte[] plot(String title, BlochTrace trace) {
        int n = trace.samples(), stride = Math.max(1, n / 4000);   // at most ~4000 points per curve
        int m = (n + stride - 1) / stride;
        double[] t = new double[m], mx = new double[m], my = new double[m], mz = new double[m], mxy = new double[m];
        for (int i = 0, k = 0; i < n; i += stride, k++) {
            t[k] = trace.time(i) * 1e3;
            mx[k] = trace.mx()[i];
            my[k] = trace.my()[i];
            mz[k] = trace.mz()[i];
            mxy[k] = trace.transverse(i);
        }
        XYChart chart = new XYChartBuilder().width(900).height(500).title(title).xAxisTitle("t [ms]")
                .yAxisTitle("M / M0").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setMarkerSize(0);
        for (var s : List.of(chart.addSeries("Mx", t, mx), chart.addSeries("My", t, my), chart.addSeries("Mz", t, mz),
                chart.addSeries("|Mxy|", t, mxy))) {
            s.setMarker(SeriesMarkers.NONE);
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BitmapEncoder.saveBitmap(chart, bytes, BitmapEncoder.BitmapFormat.PNG);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
