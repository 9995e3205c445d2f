package org.modalis.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * XChart plots of chosen metrics against the first varied parameter, one series per value of the second
 * (if any). Axes are log–log when every plotted value is positive and either log axes were asked for or
 * the parameter is a dose-like one ({@code ct.mas}, {@code mri.nex}), where power laws are the physics.
 * For a noise σ metric against {@code ct.mas} the fitted {@code σ = c/√mAs} line is drawn as well: with
 * quantum noise dominant, the detected photon count N ∝ mAs and the reconstructed σ ∝ 1/√N
 * (Hanson 1979; Bushberg et al., The Essential Physics of Medical Imaging, 3rd ed., §10.5), so the fit
 * has one free parameter c, estimated by least squares in log space: ln c = mean(ln σ + ½ ln mAs).
 */
public final class SweepPlots {

    /** Keys whose sweeps are naturally read on log–log axes. */
    static final Set<String> LOG_KEYS = Set.of("ct.mas", "mri.nex");

    private SweepPlots() {
    }

    /**
     * Plot file name of a plot spec: {@code plot-<metric>.png}, or {@code plot-<y>-vs-<x>.png} for
     * {@code y:x}; characters outside [A-Za-z0-9._-] become '_'.
     */
    public static String fileName(String spec) {
        String name = spec.contains(":") ? spec.replace(":", "-vs-") : spec;
        return "plot-" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
    }

    /** Whether a metric is an image-noise standard deviation (roi.*.sd_hu, noise σ …). */
    static boolean isNoiseSigma(String metric) {
        String m = metric.toLowerCase(Locale.ROOT);
        return m.endsWith(".sd_hu") || m.endsWith(".sd") || m.contains("sigma") || m.startsWith("noise");
    }

    /**
     * The PNG bytes of each plot, by file name. A spec is a metric name (plotted against the first varied
     * parameter, which must be numeric) or {@code y:x}, metric y against metric x (e.g. CNR against
     * {@code ctdi_vol_mgy}, the dose). Specs with no data give no plot.
     */
    public static Map<String, byte[]> render(SweepPlan plan, MetricsTable table, List<String> specs, boolean log) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            String y = colon < 0 ? spec : spec.substring(0, colon);
            String x = colon < 0 ? null : spec.substring(colon + 1);
            if (x == null && plan.axes().get(0).numbers().isEmpty()) {
                continue;
            }
            List<Series> series = series(plan, table, y, x);
            if (series.stream().anyMatch(s -> !s.x.isEmpty())) {
                out.put(fileName(spec), encode(chart(x == null ? plan.keys().get(0) : x, x == null, y, series, log)));
            }
        }
        return out;
    }

    /** Points of one series: x values, y values, name. */
    private record Series(String name, List<Double> x, List<Double> y) {
    }

    /** One series per value of the second parameter; x from the first parameter or from metric {@code x}. */
    private static List<Series> series(SweepPlan plan, MetricsTable table, String metric, String x) {
        List<String> groups = plan.axes().size() == 2 ? plan.axes().get(1).values() : List.of("");
        List<Series> all = new ArrayList<>();
        for (String group : groups) {
            String name = group.isEmpty() ? metric : plan.keys().get(1) + "=" + group;
            Series s = new Series(name, new ArrayList<>(), new ArrayList<>());
            for (PointMetrics r : table.rows()) {
                boolean inGroup = group.isEmpty() || r.point().values().get(1).equals(group);
                Optional<Double> xv = x == null ? Optional.of(parameter(plan, r)) : r.get(x);
                if (inGroup && r.get(metric).isPresent() && xv.isPresent()) {
                    s.x.add(xv.get());
                    s.y.add(r.get(metric).get());
                }
            }
            all.add(s);
        }
        return all;
    }

    private static double parameter(SweepPlan plan, PointMetrics r) {
        SweepAxis first = plan.axes().get(0);
        return first.numbers().orElseThrow()[first.values().indexOf(r.point().values().get(0))];
    }

    /**
     * The chart of {@code metric} against {@code xName} (a varied key when {@code isKey}, else a metric);
     * log–log as the class comment says; the c/√mAs fit for noise σ against the {@code ct.mas} key.
     */
    private static XYChart chart(String xName, boolean isKey, String metric, List<Series> series, boolean log) {
        boolean positive = series.stream().allMatch(s -> s.x.stream().allMatch(v -> v > 0)
                && s.y.stream().allMatch(v -> v > 0));
        boolean logLog = positive && (log || isKey && LOG_KEYS.contains(xName));
        boolean fit = positive && isKey && isNoiseSigma(metric) && "ct.mas".equals(xName);
        XYChart chart = new XYChartBuilder().width(640).height(480).title(metric + " vs " + xName)
                .xAxisTitle(xName).yAxisTitle(metric).build();
        chart.getStyler().setXAxisLogarithmic(logLog);
        chart.getStyler().setYAxisLogarithmic(logLog);
        // Label 1-2-5 steps too, not decades only: a sweep often spans less than a decade (e.g. NEX 1–4).
        chart.getStyler().setXAxisLogarithmicDecadeOnly(false);
        chart.getStyler().setYAxisLogarithmicDecadeOnly(false);
        chart.getStyler().setLegendVisible(series.size() > 1 || fit);
        for (Series s : series) {
            if (!s.x.isEmpty()) {
                XYSeries xy = chart.addSeries(s.name, s.x, s.y);
                xy.setMarker(SeriesMarkers.CIRCLE);
            }
        }
        if (fit) {
            series.stream().filter(s -> !s.x.isEmpty()).forEach(s -> addInverseSqrtFit(chart, s));
        }
        return chart;
    }

    /** The least-squares (in log space) σ = c/√mAs line over the series' mAs range. */
    private static void addInverseSqrtFit(XYChart chart, Series s) {
        double c = InverseSqrtFit.coefficient(s.x.stream().mapToDouble(Double::doubleValue).toArray(),
                s.y.stream().mapToDouble(Double::doubleValue).toArray());
        double lo = s.x.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = s.x.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        int n = 32;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo * Math.pow(hi / lo, i / (n - 1.0));
            y[i] = c / Math.sqrt(x[i]);
        }
        XYSeries fit = chart.addSeries(String.format(Locale.ROOT, "%s fit c/√mAs, c = %.4g", s.name, c), x, y);
        fit.setMarker(SeriesMarkers.NONE);
    }

    private static byte[] encode(XYChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a plot as PNG failed", e);
        }
    }
}
