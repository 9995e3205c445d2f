package org.modalis.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;

class XrayModalityTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();

    private static ModalityRun run(Scenario s) {
        return new Modalities(TISSUES).run(s, Progress.NONE, new PrintWriter(Writer.nullWriter()));
    }

    private static Scenario small(String... more) {
        List<String> sets = new java.util.ArrayList<>(List.of("xray.cols=48", "xray.rows=16"));
        sets.addAll(List.of(more));
        return new ScenarioLoader().load(ScenarioLibrary.standard().resolve("xray/mas-noise"), sets);
    }

    @Test
    void writesTheOutputContractAndSameSeedGivesSameBytes(@TempDir Path dir) throws Exception {
        List<Path> a = run(small()).write(dir.resolve("a"), small());
        run(small()).write(dir.resolve("b"), small());
        List<String> names = a.stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("image.npy", "truth.npy", "image.png", "metrics.json")), names.toString());
        for (String f : List.of("image.npy", "truth.npy", "image.png")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        assertTrue(Files.readString(dir.resolve("a/metrics.json")).contains("\"dose.entrance_kerma\""));
    }

    @Test
    void entranceKermaScalesWithMas() {
        double k1 = run(small()).metrics().get("dose.entrance_kerma").orElseThrow().value();
        double k3 = run(small("xray.mas=3")).metrics().get("dose.entrance_kerma").orElseThrow().value();
        // Exactly linear: only rounding differs.
        assertEquals(3 * k1, k3, 1e-12 * k3);
    }

    @Test
    void pngShowsAttenuationWindowedOverTheObjectShadow() {
        org.modalis.image.Grid grid = new org.modalis.image.Grid(101, 1, 1, 1, 1, 1);
        float[] t = new float[101];
        for (int i = 0; i < 101; i++) {
            t[i] = i == 100 ? 1f : (float) Math.exp(-0.01 * i); // −ln T = 0 … 0.99 behind the object, open at the end
        }
        org.modalis.image.Image truth = new org.modalis.image.Image(grid, t, "t", "1", org.modalis.image.Window.ofRange(0, 1));
        org.modalis.image.Window w = XrayExport.objectWindow(truth);
        // 99 shadowed pixels with −ln T = 0.01 … 0.99 (pixel 0 is T = 1, open): percentiles 1 and 99 → 0.01 and 0.98.
        assertEquals(0.01, w.level() - w.width() / 2, 1e-6);
        assertEquals(0.98, w.level() + w.width() / 2, 1e-6);
        assertEquals(0.5, XrayExport.attenuation(truth, w).data()[50], 1e-6); // −ln e^−0.5, float32 rounding
    }
}
