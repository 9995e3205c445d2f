package org.modalis.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.UserInputException;
import org.modalis.pipeline.Modalities;
import org.modalis.pipeline.Progress;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;

/**
 * A noise-versus-mAs sweep of the low-dose lesson on a small grid (64² image, 60 views): σ falls as
 * 1/√mAs, and two shards merged give the unsharded summary files byte for byte.
 */
class SweepRunnerTest {

    /** Small, fast CT set-up: well under a second per run. */
    static final List<String> SMALL = List.of("recon.size=64", "ct.views=60", "ct.bins=192", "ct.bin_mm=2",
            "ct.oversample=1", "recon.backend=cpu");
    static final String SIGMA = "roi.background.sd_hu";
    static final double[] MAS = {10, 40, 160, 640};

    @TempDir
    static Path tmp;
    static SweepManifest whole;

    @BeforeAll
    static void runWholeAndShards() {
        whole = run(Shard.ALL, tmp.resolve("whole"));
        run(new Shard(1, 2), tmp.resolve("s1"));
        run(new Shard(2, 2), tmp.resolve("s2"));
        SweepMerge.merge(List.of(tmp.resolve("s2"), tmp.resolve("s1")), tmp.resolve("merged"));
    }

    static SweepManifest run(Shard shard, Path out) {
        SweepPlan plan = SweepPlan.parse(List.of("ct.mas=10,40,160,640"));
        var request = new SweepRunner.Request(ScenarioLibrary.standard().resolve("ct/low-dose"), "ct/low-dose", SMALL,
                plan, 7L, null, false, shard);
        return new SweepRunner(new Modalities(TissueLibrary.load()), new ScenarioLoader())
                .run(request, out, Progress.NONE, new PrintWriter(new StringWriter()));
    }

    @Test
    void mergedShardsEqualTheUnshardedRunByteForByte() throws Exception {
        for (String f : List.of("metrics.csv", "sweep.json", "contact-sheet.png", SweepPlots.fileName(SIGMA))) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("whole").resolve(f)),
                    Files.readAllBytes(tmp.resolve("merged").resolve(f)), f);
        }
        for (SweepPoint p : whole.points()) {
            assertTrue(Files.isRegularFile(tmp.resolve("merged/points").resolve(p.id()).resolve("image.npy")));
        }
        // Shard 1 of 2 holds points 0 and 2 only.
        String s1 = Files.readString(tmp.resolve("s1/metrics.csv"));
        assertEquals(3, s1.split("\r\n").length);
        assertTrue(s1.contains("\r\np000,10,") && s1.contains("\r\np002,160,"));
    }

    @Test
    void noiseFallsAsInverseSqrtMas() throws Exception {
        MetricsTable t = MetricsTable.parse(Files.readString(tmp.resolve("whole/metrics.csv")), whole.plan());
        double[] sigma = t.rows().stream().mapToDouble(r -> r.get(SIGMA).orElseThrow()).toArray();
        for (int i = 1; i < sigma.length; i++) {
            assertTrue(sigma[i] < sigma[i - 1], "σ falls with mAs: " + java.util.Arrays.toString(sigma));
        }
        // Quantum noise: σ ∝ 1/√mAs, so each 4× step halves σ. Tolerance 20 %: the background ROI of a 64²
        // image holds a few hundred pixels, so σ itself is estimated to ~5–10 % (1/√(2·N_pixels)), and
        // dose-independent contributions (discretisation, streaks from 60 views) flatten the top end.
        double c = InverseSqrtFit.coefficient(MAS, sigma);
        for (int i = 0; i < sigma.length; i++) {
            assertEquals(1.0, sigma[i] * Math.sqrt(MAS[i]) / c, 0.20, "σ·√mAs/c at " + MAS[i] + " mAs");
        }
        System.out.printf("sweep σ = %s HU, c = %.4g HU·√mAs%n", java.util.Arrays.toString(sigma), c);
    }

    @Test
    void plotAndSheetAreDecodablePngs() throws Exception {
        BufferedImage plot = ImageIO.read(tmp.resolve("whole").resolve(SweepPlots.fileName(SIGMA)).toFile());
        assertNotNull(plot);
        assertEquals(640, plot.getWidth());
        BufferedImage sheet = ImageIO.read(tmp.resolve("whole/contact-sheet.png").toFile());
        // 4 tiles of 64 px with 2 px gaps in one row; one row of 64 px + one label line + gaps.
        assertEquals(4 * 66 + 2, sheet.getWidth());
        assertEquals(64 + ContactSheet.LINE_HEIGHT + 4, sheet.getHeight());
    }

    @Test
    void pointOverridesComeAfterTheCommonSeedSoASeedSweepWorks() {
        // The runner puts "seed=S" before the point's overrides; the loader applies overrides in order.
        var src = ScenarioLibrary.standard().resolve("ct/low-dose");
        assertEquals(5, new ScenarioLoader().load(src, List.of("seed=3", "seed=5")).seed());
        assertEquals(7, whole.seed(), "--seed 7 is every point's seed");
    }

    @Test
    void mergeRefusesMissingRepeatedOrForeignShards() throws Exception {
        UserInputException missing = assertThrows(UserInputException.class,
                () -> SweepMerge.merge(List.of(tmp.resolve("s1")), tmp.resolve("bad1")));
        assertTrue(missing.getMessage().contains("[2]"), missing.getMessage());
        assertThrows(UserInputException.class,
                () -> SweepMerge.merge(List.of(tmp.resolve("s1"), tmp.resolve("s1")), tmp.resolve("bad2")));
        // Shard 2 of a sweep with another seed: not the same sweep.
        Path other = Files.createDirectories(tmp.resolve("s2-other-seed"));
        String json = Files.readString(tmp.resolve("s2/sweep.json"));
        assertTrue(json.contains("\"seed\": 7"), json);
        Files.writeString(other.resolve("sweep.json"), json.replace("\"seed\": 7", "\"seed\": 8"));
        UserInputException mixed = assertThrows(UserInputException.class,
                () -> SweepMerge.merge(List.of(tmp.resolve("s1"), other), tmp.resolve("bad3")));
        assertTrue(mixed.getMessage().contains("another sweep"), mixed.getMessage());
    }
}
