package org.modalis.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modalis.io.NpyArray;
import org.modalis.io.NpyReader;

/** The command line as a user meets it: help, outputs, exit codes and messages for mistakes. */
class CliTest {

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result modalis(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** A small, fast CT scenario (parallel beam, 128²) written into the temp folder; {@code extra} goes into ct. */
    Path smallScenario(String extra) throws IOException {
        Path f = tmp.resolve("small.yaml");
        Files.writeString(f, String.join("\n",
                "title: small test scan",
                "modality: ct",
                "phantom: ct-quality",
                "seed: 3",
                "ct:",
                extra,
                "  geometry: parallel",
                "  views: 90",
                "  bins: 160",
                "  bin_mm: 1.5",
                "  oversample: 1",
                "  mas: 50",
                "recon:",
                "  size: 128",
                "  fov_mm: 220", ""));
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "list", "reconstruct", "voxelize", "view", "sweep", "bench"})
    void everyCommandHasHelp(String command) {
        Result r = modalis(command, "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: modalis " + command), r.out());
    }

    @Test
    void drillHelpNamesEveryQcProgrammeOfTheCatalog() {
        Result r = modalis("drill", "new", "--help");
        assertEquals(0, r.code(), r.err());
        for (var p : org.modalis.training.drill.DrillCatalog.standard().programs()) {
            assertTrue(r.out().contains(p.name()), "--help must name the programme " + p.name() + ": " + r.out());
        }
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Result r = modalis("--help");
        assertEquals(0, r.code());
        for (String c : List.of("run", "list", "reconstruct", "voxelize", "view", "sweep", "bench")) {
            assertTrue(r.out().contains(c), r.out());
        }
    }

    @Test
    void runWritesTheOutputContractAtomically() throws IOException {
        Path out = tmp.resolve("out");
        Result r = modalis("run", smallScenario("").toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("image.npy", "raw.npy", "truth.npy", "image.png", "raw.png", "truth.png", "metrics.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().contains(".tmp")), "no temporary files left");
        }
        NpyArray image = NpyReader.read(out.resolve("image.npy"));
        assertArrayEquals(new int[] {128, 128}, image.shape());
        assertArrayEquals(new int[] {90, 160}, NpyReader.read(out.resolve("raw.npy")).shape());
        String json = Files.readString(out.resolve("metrics.json"));
        assertTrue(json.contains("\"roi.centre.mean_hu\"") && json.contains("\"unit\": \"HU\""), json);
        assertTrue(json.contains("\"seed\": 3"), "resolved seed in metrics.json");
    }

    @Test
    void consoleSaysWhichBackendRanAndWhy() throws IOException {
        Result r = modalis("run", smallScenario("").toString(), "--out", tmp.resolve("c").toString(), "-q", "--backend", "cpu");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("backend cpu: Java CPU twins") && r.err().contains("--backend cpu"), r.err());
        Result bad = modalis("run", smallScenario("").toString(), "--backend", "tpu");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("recon.backend") && bad.err().contains("gpu"), bad.err());
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        Path scenario = smallScenario("");
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, modalis("run", scenario.toString(), "--out", a.toString(), "-q", "--seed", "7").code());
        assertEquals(0, modalis("run", scenario.toString(), "--out", b.toString(), "-q", "--seed", "7").code());
        for (String f : List.of("image.npy", "raw.npy", "truth.npy", "image.png", "raw.png")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void unknownKeyIsExitTwoWithLineAndSuggestion() throws IOException {
        Result r = modalis("run", smallScenario("  viewz: 3").toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("small.yaml:6:3") && r.err().contains("did you mean 'views'"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace for a user mistake: " + r.err());
        assertFalse(Files.exists(tmp.resolve("x")), "no output for a rejected scenario");
    }

    @Test
    void outOfRangeOverrideNamesTheRangeAndUnit() throws IOException {
        Result r = modalis("run", smallScenario("").toString(), "--set", "ct.views=0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("ct.views") && r.err().contains("between 1 and 20000"), r.err());
    }

    @Test
    void unknownPhantomSuggestsTheClosest() throws IOException {
        Result r = modalis("run", smallScenario("").toString(), "--set", "phantom=ct-qualty");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("ct-quality"), r.err());
    }

    @Test
    void missingScenarioFileIsExitTwo() {
        Result r = modalis("run", tmp.resolve("nope.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope"), r.err());
    }

    @Test
    void runTooLargeForTheHeapIsRefusedBeforeAllocating() throws IOException {
        Result r = modalis("run", smallScenario("").toString(), "--set", "ct.views=20000", "--set", "ct.bins=8192");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("ct.views or ct.bins") && r.err().contains("GiB"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"phantoms", "scenarios", "tissues", "scanners"})
    void listsWhatIsShipped(String what) {
        Result r = modalis("list", what);
        assertEquals(0, r.code(), r.err());
        String expected = switch (what) {
            case "phantoms" -> "forbild-head";
            case "scenarios" -> "ct/head";
            case "scanners" -> "cbct-flat";
            default -> "bone-cortical";
        };
        assertTrue(r.out().contains(expected), r.out());
    }

    @Test
    void reconstructsScikitImageSinogramLikeIradon() throws IOException {
        Path sino = copyFixture("skimage_sinogram_65x90.npy");
        Path out = tmp.resolve("rec");
        Result r = modalis("reconstruct", "ct", sino.toString(), "--angles-deg", "0:180:90", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        float[] ours = NpyReader.read(out.resolve("image.npy")).toFloats();
        double[] ref = NpyReader.read(copyFixture("skimage_iradon_ramp_65.npy")).data();
        double maxDiff = 0;
        int c = 32;
        for (int row = 0; row < 65; row++) {
            for (int col = 0; col < 65; col++) {
                if ((row - c) * (row - c) + (col - c) * (col - c) <= c * c) { // iradon's circle
                    maxDiff = Math.max(maxDiff, Math.abs(ours[row * 65 + col] - ref[row * 65 + col]));
                }
            }
        }
        // Same filter and interpolation as iradon; float arithmetic only (|image| ≤ 0.9). A wrong angle or
        // axis mapping gives errors ~0.1.
        assertTrue(maxDiff < 1e-5, "max|ours − iradon| = " + maxDiff);
    }

    @Test
    void reconstructRejectsAnglesThatDoNotMatchTheArray() throws IOException {
        Result r = modalis("reconstruct", "ct", copyFixture("skimage_sinogram_65x90.npy").toString(),
                "--angles-deg", "0:180:100", "--out", tmp.resolve("r").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("65 × 90") && r.err().contains("100 views"), r.err());
        Result bad = modalis("reconstruct", "ct", "x.npy", "--angles-deg", "0-180", "--out", tmp.resolve("r").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("START:STOP:COUNT"), bad.err());
    }

    private Path copyFixture(String name) throws IOException {
        Path p = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            Files.copy(in, p);
        }
        return p;
    }
}
