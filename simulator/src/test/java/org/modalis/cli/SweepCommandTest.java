package org.modalis.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sweep command line: a 2×1 grid in two shards, merged; errors exit 2 with the key named. */
class SweepCommandTest {

    static final String[] SMALL = {"--set", "recon.size=48", "--set", "ct.views=40", "--set", "ct.bins=128",
        "--set", "ct.bin_mm=2", "--set", "ct.oversample=1", "--set", "recon.backend=cpu", "-q"};

    @TempDir
    Path tmp;

    private static int run(StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new SweepCommand());
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof org.modalis.UserInputException u) {
                line.getErr().println("modalis: error: " + u.describe());
                return Main.USER_ERROR;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    private static String[] args(String... first) {
        List<String> a = new ArrayList<>(List.of(first));
        a.addAll(List.of(SMALL));
        return a.toArray(String[]::new);
    }

    @Test
    void shardsIncludingAnEmptyOneThenMergeEqualOneRun() throws Exception {
        StringWriter err = new StringWriter();
        String vary = "ct.mas=20,80";
        assertEquals(0, run(err, args("ct/low-dose", "--vary", vary, "--out", tmp.resolve("all").toString())), err::toString);
        assertEquals(0, run(err, args("ct/low-dose", "--vary", vary, "--shard", "1/3", "--out", tmp.resolve("a").toString())));
        assertEquals(0, run(err, args("ct/low-dose", "--vary", vary, "--shard", "2/3", "--out", tmp.resolve("b").toString())));
        // Shard 3 of 3 owns no point of the 2-point grid: it still writes its manifest and merges.
        assertEquals(0, run(err, args("ct/low-dose", "--vary", vary, "--shard", "3/3", "--out", tmp.resolve("c").toString())));
        assertEquals(0, run(err, "merge", tmp.resolve("c").toString(), tmp.resolve("a").toString(), tmp.resolve("b").toString(), "--out",
                tmp.resolve("m").toString()), err::toString);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("all/metrics.csv")), Files.readAllBytes(tmp.resolve("m/metrics.csv")));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("all/contact-sheet.png")),
                Files.readAllBytes(tmp.resolve("m/contact-sheet.png")));
    }

    @Test
    void badVaryExitsTwoNamingTheKey() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, args("ct/low-dose", "--vary", "ct.mas=10,,20")));
        assertTrue(err.toString().contains("key 'ct.mas'"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(err2, args("ct/low-dose", "--vary", "ct.maz=10,20")));
        assertTrue(err2.toString().contains("ct.maz"), err2.toString());
    }
}
