package org.modalis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;

/** An MRI lesson through the registry writes the output contract, with k-space as complex64. */
class MriExportTest {

    @TempDir
    Path dir;

    @Test
    void gibbsLessonWritesItsFiles() throws IOException {
        ScenarioLibrary library = ScenarioLibrary.standard();
        Scenario s = new ScenarioLoader().load(library.resolve("mri/gibbs"), List.of());
        ModalityRun r = new Modalities(TissueLibrary.load()).run(s, Progress.NONE,
                new java.io.PrintWriter(java.io.Writer.nullWriter()));
        r.write(dir, s);
        for (String f : List.of("image.npy", "raw.npy", "truth.npy", "image.png", "raw.png", "truth.png", "metrics.json")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        byte[] raw = Files.readAllBytes(dir.resolve("raw.npy"));
        String header = new String(raw, 0, 128, StandardCharsets.ISO_8859_1);
        assertTrue(header.contains("'descr': '<c8'") && header.contains("'shape': (64, 128)"), header);
        // 64 phase lines × 128 readout samples (2× oversampling) × 8 bytes, after a 128-byte header.
        assertEquals(128 + 64 * 128 * 8, raw.length);
        // image.npy: 4× zero-filled 256 × 256 float32 magnitude.
        assertEquals(128 + 256 * 256 * 4, Files.size(dir.resolve("image.npy")));
    }
}
