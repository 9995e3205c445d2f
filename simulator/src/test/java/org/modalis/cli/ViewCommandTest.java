package org.modalis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** 'modalis view': user mistakes exit with status 2 and one clear line, before any window opens. */
class ViewCommandTest {

    private static String[] run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new String[] {Integer.toString(status), out.toString(), err.toString()};
    }

    @Test
    void badWindowSizeIsAUserError() {
        String[] r = run("view", "ct/quality", "--size", "10x10");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("window size must be WIDTHxHEIGHT"), r[2]);
    }

    @Test
    void unknownScenarioIsAUserError() {
        String[] r = run("view", "ct/no-such-lesson", "--size", "1200x800");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("no scenario named 'ct/no-such-lesson'"), r[2]);
    }

    @Test
    void helpNamesTheOptions() {
        String[] r = run("view", "--help");
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("--set") && r[1].contains("SCENARIO") && r[1].contains("--no-warm-up"), r[1]);
    }
}
