package org.modalis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The σ = c/√mAs fit and which plots are drawn. */
class SweepPlotsTest {

    @Test
    void fitRecoversCoefficientOfExactInverseSqrtData() {
        double[] mas = {10, 20, 50, 100, 400};
        double[] sigma = new double[mas.length];
        for (int i = 0; i < mas.length; i++) {
            sigma[i] = 31.7 / Math.sqrt(mas[i]);
        }
        // Exact data: only floating-point rounding of log/exp (~1e-15 relative) separates c from 31.7.
        assertEquals(31.7, InverseSqrtFit.coefficient(mas, sigma), 31.7 * 1e-12);
        // Log-space least squares of two points with ratios ×1.1 and ÷1.1 around the line: geometric mean, exact.
        assertEquals(10.0, InverseSqrtFit.coefficient(new double[] {1, 4}, new double[] {11, 5 / 1.1}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> InverseSqrtFit.coefficient(new double[] {0}, new double[] {1}));
    }

    @Test
    void plotsDecodeAndWordAxesGetNone() throws Exception {
        SweepPlan plan = SweepPlan.parse(List.of("ct.mas=10,40", "recon.filter=ramp,hann"));
        List<PointMetrics> rows = new ArrayList<>();
        for (SweepPoint p : plan.points()) {
            double mas = Double.parseDouble(p.values().get(0));
            rows.add(new PointMetrics(p, Map.of("roi.background.sd_hu", 30 / Math.sqrt(mas), "cnr", mas / 10)));
        }
        MetricsTable table = new MetricsTable(plan.keys(), rows);
        Map<String, byte[]> plots = SweepPlots.render(plan, table, List.of("roi.background.sd_hu", "cnr", "absent"), false);
        assertEquals(List.of("plot-roi.background.sd_hu.png", "plot-cnr.png"), List.copyOf(plots.keySet()));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(plots.get("plot-cnr.png")));
        assertNotNull(png);
        assertEquals(480, png.getHeight());

        SweepPlan words = SweepPlan.parse(List.of("recon.filter=ramp,hann"));
        List<PointMetrics> wordRows = words.points().stream().map(p -> new PointMetrics(p, Map.of("cnr", 1.0))).toList();
        assertTrue(SweepPlots.render(words, new MetricsTable(words.keys(), wordRows), List.of("cnr"), true).isEmpty());
    }

    @Test
    void metricAgainstMetricWorksForWordAxesToo() {
        SweepPlan words = SweepPlan.parse(List.of("recon.filter=ramp,hann"));
        List<PointMetrics> rows = words.points().stream()
                .map(p -> new PointMetrics(p, Map.of("cnr", 1.0 + p.index(), "ctdi_vol_mgy", 2.0 + p.index()))).toList();
        Map<String, byte[]> plots = SweepPlots.render(words, new MetricsTable(words.keys(), rows),
                List.of("cnr:ctdi_vol_mgy", "cnr:absent"), false);
        assertEquals(List.of("plot-cnr-vs-ctdi_vol_mgy.png"), List.copyOf(plots.keySet()));
    }

    @Test
    void noiseMetricNames() {
        assertTrue(SweepPlots.isNoiseSigma("roi.background.sd_hu"));
        assertTrue(!SweepPlots.isNoiseSigma("cnr.insert1"));
        assertEquals("plot-a_b.png", SweepPlots.fileName("a/b"));
    }
}
