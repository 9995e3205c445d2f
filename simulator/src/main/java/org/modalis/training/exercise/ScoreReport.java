package org.modalis.training.exercise;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.modalis.io.JsonWriter;
import org.modalis.io.PngWriter;
import org.modalis.training.roc.RocPoint;

/**
 * Writes a {@link Score} as {@code score.json} and {@code score.png}: for rating tasks the student's
 * empirical ROC curve beside the NPW model observer's binormal curve TPF = Φ(d′ + Φ⁻¹(FPF)) and the chance
 * line, and below it the figures and the list of missed cases.
 */
public final class ScoreReport {

    private static final NormalDistribution N01 = new NormalDistribution(null, 0, 1);
    private static final int WIDTH = 720;
    private static final int CHART_HEIGHT = 480;
    private static final int LINE = 18;

    private ScoreReport() {
    }

    public static List<Path> write(Score s, Path dir) {
        try {
            Files.createDirectories(dir);
            new JsonWriter().write(dir.resolve("score.json"), json(s));
            PngWriter.writeRgb(dir.resolve("score.png"), picture(s));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the score report into " + dir, e);
        }
        return List.of(dir.resolve("score.json"), dir.resolve("score.png"));
    }

    static Map<String, Object> json(Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("task", s.task().yamlName());
        m.put("cases", s.cases());
        m.put("percent_correct", s.percentCorrect());
        m.put("threshold", finite(s.threshold()));
        m.put("sensitivity", finite(s.sensitivity()));
        m.put("specificity", finite(s.specificity()));
        m.put("auc", finite(s.auc()));
        m.put("auc_by_dose", s.aucByDose());
        m.put("localisation_fraction", finite(s.localisation()));
        m.put("observer", s.observer());
        m.put("observer_percent_correct", finite(s.observerPercentCorrect()));
        m.put("roc", s.roc().stream().map(p -> List.of(p.fpf(), p.tpf())).toList());
        m.put("missed", s.missed().stream().map(x -> Map.of("case", x.caseId(), "expected", x.expected(),
                "given", x.given())).toList());
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static BufferedImage picture(Score s) throws IOException {
        BufferedImage chart = s.roc().isEmpty() ? null : BitmapEncoder.getBufferedImage(rocChart(s));
        List<String> lines = lines(s);
        int top = chart == null ? 0 : CHART_HEIGHT;
        BufferedImage out = new BufferedImage(WIDTH, top + LINE * (lines.size() + 1) + 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        if (chart != null) {
            g.drawImage(chart, 0, 0, null);
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 13));
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 12, top + LINE * (i + 1));
        }
        g.dispose();
        return out;
    }

    private static XYChart rocChart(Score s) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(CHART_HEIGHT).title("ROC: student vs NPW model observer")
                .xAxisTitle("false-positive fraction (1 − specificity)").yAxisTitle("true-positive fraction (sensitivity)").build();
        c.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        XYSeries student = c.addSeries(String.format(Locale.ROOT, "student, AUC %.3f", s.auc()),
                s.roc().stream().mapToDouble(RocPoint::fpf).toArray(), s.roc().stream().mapToDouble(RocPoint::tpf).toArray());
        student.setMarker(SeriesMarkers.CIRCLE);
        s.observer().forEach((level, o) -> {
            double d = o.getOrDefault("d_prime", Double.NaN);
            if (Double.isFinite(d)) {
                double[] x = new double[101];
                double[] y = new double[101];
                for (int i = 0; i <= 100; i++) {
                    x[i] = i / 100.0;
                    y[i] = i == 0 ? 0 : i == 100 ? 1 : N01.cumulativeProbability(d + N01.inverseCumulativeProbability(x[i]));
                }
                String name = String.format(Locale.ROOT, "NPW observer%s, d′ %.2f, AUC %.3f",
                        level.equals("all") ? "" : " at " + level, d, o.getOrDefault("auc", Double.NaN));
                c.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
            }
        });
        c.addSeries("chance", new double[] {0, 1}, new double[] {0, 1}).setMarker(SeriesMarkers.NONE);
        return c;
    }

    private static List<String> lines(Score s) {
        List<String> l = new ArrayList<>();
        l.add(String.format(Locale.ROOT, "%s · %d cases · %.1f %% correct", s.task().yamlName(), s.cases(), s.percentCorrect()));
        if (Double.isFinite(s.auc())) {
            l.add(String.format(Locale.ROOT, "AUC %.3f · sensitivity %.2f · specificity %.2f at confidence ≥ %s",
                    s.auc(), s.sensitivity(), s.specificity(), Num.text(s.threshold())));
        }
        s.aucByDose().forEach((d, a) -> l.add(String.format(Locale.ROOT, "  AUC at dose %s: %.3f", d, a)));
        if (Double.isFinite(s.localisation())) {
            l.add(String.format(Locale.ROOT, "lesions found and marked within the radius: %.0f %%", 100 * s.localisation()));
        }
        if (Double.isFinite(s.observerPercentCorrect())) {
            l.add(String.format(Locale.ROOT, "NPW model observer: %.1f %% correct", s.observerPercentCorrect()));
        }
        l.add(s.missed().isEmpty() ? "no missed cases" : "missed cases:");
        s.missed().stream().limit(30).forEach(m -> l.add("  " + m.caseId() + ": expected " + m.expected() + "; given " + m.given()));
        if (s.missed().size() > 30) {
            l.add("  … " + (s.missed().size() - 30) + " more in score.json");
        }
        return l;
    }
}
