package org.modalis.training.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Modalities;
import org.modalis.pipeline.Progress;
import org.modalis.tissue.TissueLibrary;
import org.modalis.training.exercise.ExerciseBuilder;
import org.modalis.training.exercise.ExerciseTemplateReader;

/** The NPW observer against its closed form, and d′ ∝ √dose through the simulator. */
class NpwObserverTest {

    @TempDir
    Path tmp;

    @Test
    void whiteNoiseGivesTheClosedFormDPrime() {
        // signal: a 5×5 square of height 2 in 400 pixels; white noise σ = 4: d′ = ‖s‖/σ = (2·5)/4 = 2.5
        int n = 400;
        float[] s = new float[n];
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                s[j * 20 + i] = 2;
            }
        }
        float[] b = new float[n];
        Rng rng = new Rng(3);
        int cases = 4000;
        double[] present = new double[cases];
        double[] absent = new double[cases];
        for (int c = 0; c < cases; c++) {
            float[] g1 = new float[n];
            float[] g0 = new float[n];
            for (int k = 0; k < n; k++) {
                g1[k] = (float) (s[k] + 4 * rng.gaussian());
                g0[k] = (float) (4 * rng.gaussian());
            }
            present[c] = NpwObserver.statistic(s, g1, b);
            absent[c] = NpwObserver.statistic(s, g0, b);
        }
        NpwResult r = NpwObserver.evaluate(present, absent);
        // sampling error of d′ with 4000 + 4000 cases: sd ≈ √(2/4000 + d′²/16000) ≈ 0.03; allow 4 sd = 0.12
        assertEquals(2.5, r.dPrime(), 0.12);
        // binormal AUC Φ(2.5/√2) = 0.9615; the empirical AUC estimates the same, sd ≈ 0.003 here
        assertEquals(0.9615, r.auc(), 0.01);
        assertEquals(r.auc(), r.empiricalAuc(), 0.012);
    }

    @Test
    void dPrimeGrowsAsTheSquareRootOfTheDose() {
        // Radiography of a 200 mm water cylinder with a 12 mm sphere of +30 % water at its centre, 32² pixels of
        // 2 mm, at 0.5 and 2 mAs: the detected quanta, hence 1/σ², grow 4×, so d′ doubles (quantum noise only:
        // the X-ray detector model has no electronic noise). The lesion is fixed, so the noise-free signal is
        // known exactly and every case is one independent noise draw.
        String template = """
                title: dose
                task: detection
                scenario: xray/mas-noise
                set: ["xray.cols=32", "xray.rows=32", "xray.pixel_mm=2"]
                lesion: {shape: sphere, diameter_mm: [12, 12], tissue: water, weight: [0.3, 0.3],
                         location: {centre_mm: [0, 0], radius_mm: 0}, absent_probability: 0.5}
                dose: {key: xray.mas, values: [0.5, 2]}
                display: {level: 1, width: 2}
                """;
        var t = new ExerciseTemplateReader().parse(template, Path.of("dose.yaml"));
        var summary = new ExerciseBuilder(new Modalities(TissueLibrary.load()), new PrintWriter(new StringWriter()))
                .build(t, 120, 4, tmp, Progress.NONE);
        double low = summary.observer().get("0.5").dPrime();
        double high = summary.observer().get("2").dPrime();
        System.out.printf("d′ at 0.5 mAs %.3f, at 2 mAs %.3f, ratio %.3f (expected 2)%n", low, high, high / low);
        // 60 cases per level (~30 present, ~30 absent); with d′ ≈ 40 the sampling error of d̂ is dominated by
        // the pooled σ estimate: relative sd ≈ √(1/(2(60 − 2))) ≈ 0.093 per level, ≈ 0.13 for the ratio, i.e.
        // ± 0.26 on 2; the tolerance 0.5 is ~2 sd. A dose-independent d′ (ratio 1) or d′ ∝ dose (ratio 4) fails.
        // (This test runs 124 small radiographs, ~15 s: the price of a statistical check through the pipeline.)
        assertEquals(2.0, high / low, 0.5);
    }
}
