package org.modalis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modalis bloch} writes its three files and reports echoes that match Hahn's closed forms. */
class BlochCommandTest {

    @TempDir
    Path tmp;

    @Test
    void stimulatedEchoRunWritesNpyPngAndMatchingEchoes() throws IOException {
        StringWriter err = new StringWriter();
        int rc = Main.execute(new String[] {"bloch", "--sequence", "ste", "--isochromats", "200", "--out", tmp.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, rc, err.toString());
        for (String f : new String[] {"bloch.npy", "bloch.png", "metrics.json"}) {
            assertTrue(Files.size(tmp.resolve(f)) > 100, f);
        }
        JsonNode echo = new ObjectMapper().readTree(tmp.resolve("metrics.json").toFile()).get("echoes").get("echo2");
        // Default τ = 5 ms, TM = 50 ms = 10 τ: the dephasing-cycle ensemble makes the echo exact to rounding (1e-9).
        assertEquals(echo.get("expected").asDouble(), echo.get("simulated").asDouble(), 1e-9);
        assertEquals(60.0, echo.get("t_ms").asDouble(), 1e-9);
    }

    @Test
    void unknownSequenceIsAUserError() {
        StringWriter err = new StringWriter();
        int rc = Main.execute(new String[] {"bloch", "--sequence", "xyz", "--out", tmp.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Main.USER_ERROR, rc);
        assertTrue(err.toString().contains("fid, se, ste, ir"), err.toString());
    }
}
