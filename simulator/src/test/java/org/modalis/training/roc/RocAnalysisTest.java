package org.modalis.training.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Empirical ROC against scikit-learn 1.2 ({@code roc_auc_score}, {@code roc_curve}) on the fixed data of
 * {@code training/roc-fixture.txt} (made by bench/training/make_roc_fixture.py). Both sides compute the
 * same rational numbers in double precision, so the tolerance is 1e-12 (a few ulps of sums of ≤ 60 terms).
 */
class RocAnalysisTest {

    private static final double EXACT = 1e-12;

    record Fixture(String name, double[] positives, double[] negatives, double auc, double[] fpr, double[] tpr) {
    }

    @Test
    void aucMatchesScikitLearnBothWays() throws IOException {
        for (Fixture f : fixtures()) {
            RocAnalysis roc = RocAnalysis.of(f.positives(), f.negatives());
            assertEquals(f.auc(), roc.auc(), EXACT, f.name() + ": Mann–Whitney AUC");
            assertEquals(f.auc(), roc.trapezoidalAuc(), EXACT, f.name() + ": trapezoidal AUC");
        }
    }

    @Test
    void curveMatchesScikitLearnPointByPoint() throws IOException {
        for (Fixture f : fixtures()) {
            List<RocPoint> curve = RocAnalysis.of(f.positives(), f.negatives()).curve();
            assertEquals(f.fpr().length, curve.size(), f.name() + ": number of operating points");
            for (int i = 0; i < curve.size(); i++) {
                assertEquals(f.fpr()[i], curve.get(i).fpf(), EXACT, f.name() + " fpr[" + i + "]");
                assertEquals(f.tpr()[i], curve.get(i).tpf(), EXACT, f.name() + " tpr[" + i + "]");
            }
        }
    }

    @Test
    void sensitivityAndSpecificityCountCasesAtTheThreshold() {
        // 3 positives rated 5, 4, 2; 2 negatives rated 1, 4: at threshold 4, 2/3 of positives and 1/2 of negatives ≥ 4.
        RocAnalysis roc = RocAnalysis.of(new double[] {5, 4, 2}, new double[] {1, 4});
        assertEquals(2.0 / 3, roc.sensitivity(4), EXACT);
        assertEquals(0.5, roc.specificity(4), EXACT);
        // U = (5>1, 5>4, 4>1, 4=4 → ½, 2>1) = 4.5 of 6 pairs.
        assertEquals(0.75, roc.auc(), EXACT);
    }

    @Test
    void refusesAnEmptyClass() {
        assertThrows(IllegalArgumentException.class, () -> RocAnalysis.of(new double[] {1}, new double[0]));
    }

    private static List<Fixture> fixtures() throws IOException {
        String text;
        try (InputStream in = RocAnalysisTest.class.getResourceAsStream("/training/roc-fixture.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Fixture> out = new ArrayList<>();
        Map<String, String> block = new LinkedHashMap<>();
        for (String line : (text + "\nset end").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String key = line.substring(0, line.indexOf(' '));
            if (key.equals("set") && !block.isEmpty()) {
                out.add(fixture(block));
                block.clear();
            }
            block.put(key, line.substring(line.indexOf(' ') + 1));
        }
        return out;
    }

    private static Fixture fixture(Map<String, String> b) {
        double[] truth = numbers(b.get("truth"));
        double[] score = numbers(b.get("score"));
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            (truth[i] == 1 ? pos : neg).add(score[i]);
        }
        return new Fixture(b.get("set"), pos.stream().mapToDouble(Double::doubleValue).toArray(),
                neg.stream().mapToDouble(Double::doubleValue).toArray(), Double.parseDouble(b.get("auc")),
                numbers(b.get("fpr")), numbers(b.get("tpr")));
    }

    private static double[] numbers(String s) {
        return Arrays.stream(s.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
}
