package org.modalis.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Plot file name of a metric: {@code plot-<metric>.png}, characters outside [A-Za-z0-9._-] as '_'. */
    public static String fileName(String metric) {
        return "plot-" + metric.replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
    }

    /** Whether a metric is an image-noise standard deviation (roi.*.sd_hu, noise σ …). */
    static boolean isNoiseSigma(String metric) {
        String m = metric.toLowerCase(Locale.ROOT);
        return m.endsWith(".sd_hu") || m.endsWith(".sd") || m.contains("sigma") || m.startsWith("noise");
    }

    /**
     * The PNG bytes of each plot, by file name; metrics absent from every row, and sweeps whose first
     * parameter is not numeric, give no plot.
     */
    public static Map<String, byte[]> render(SweepPlan plan, MetricsTable table, List<String> metrics, boolean log) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (plan.axes().get(0).numbers().isEmpty()) {
            return out;
        }
        for (String metric : metrics) {
            List<Series> series = series(plan, table, metric);
            if (series.stream().anyMatch(s -> !s.x.isEmpty())) {
                out.put(fileName(metric), encode(chart(plan, metric, series, log)));
            }
        }
        return out;
    }

    /** Points of one series: x values, y values, name. */
    private record Series(String name, List<Double> x, List<Double> y) {
    }

    private static List<Series> series(SweepPlan plan, MetricsTable table, String metric) {
        List<String> groups = plan.axes().size() == 2 ? plan.axes().get(1).values() : List.of("");
        SweepAxis first = plan.axes().get(0);
        double[] xs = first.numbers().orElseThrow();
        List<Series> all = new ArrayList<>();
        for (String group : groups) {
            String name = group.isEmpty() ? metric : plan.keys().get(1) + "=" + group;
            Series s = new Series(name, new ArrayList<>(), new ArrayList<>());
            for (PointMetrics r : table.rows()) {
                boolean inGroup = group.isEmpty() || r.point().values().get(1).equals(group);
                if (inGroup && r.get(metric).isPresent()) {
                    s.x.add(xs[first.values().indexOf(r.point().values().get(0))]);
                    s.y.add(r.get(metric).get());
                }
            }
            all.add(s);
        }
        return all;
    }

    private static XYChart chart(SweepPlan plan, String metric, List<Series> series, boolean log) {
        String key = plan.keys().get(0);
        boolean positive = series.stream().allMatch(s -> s.x.stream().allMatch(v -> v > 0)
                && s.y.stream().allMatch(v -> v > 0));
        boolean logLog = positive && (log || LOG_KEYS.contains(key));
        XYChart chart = new XYChartBuilder().width(640).height(480).title(metric + " vs " + key)
                .xAxisTitle(key).yAxisTitle(metric).build();
        chart.getStyler().setXAxisLogarithmic(logLog);
        chart.getStyler().setYAxisLogarithmic(logLog);
        chart.getStyler().setLegendVisible(series.size() > 1 || (isNoiseSigma(metric) && "ct.mas".equals(key)));
        for (Series s : series) {
            if (!s.x.isEmpty()) {
                XYSeries xy = chart.addSeries(s.name, s.x, s.y);
                xy.setMarker(SeriesMarkers.CIRCLE);
            }
        }
        if (positive && isNoiseSigma(metric) && "ct.mas".equals(key)) {
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
