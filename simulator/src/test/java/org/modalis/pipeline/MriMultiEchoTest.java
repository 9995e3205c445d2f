package org.modalis.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.UserInputException;
import org.modalis.io.NpyArray;
import org.modalis.io.NpyReader;
import org.modalis.mri.MriJob;
import org.modalis.mri.MriPipeline;
import org.modalis.mri.MriResult;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;

/** A multi-echo spin echo: one image per echo of the CPMG train, decaying as e^(−n·TE/T2), and a T2 fit per ROI. */
class MriMultiEchoTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();

    private static Scenario scenario(String... overrides) {
        List<String> sets = new java.util.ArrayList<>(List.of("mri.matrix_read=128", "mri.matrix_phase=128", "mri.te_ms=20",
                "mri.tr_ms=3000"));
        sets.addAll(List.of(overrides));
        return new ScenarioLoader().load(ScenarioLibrary.standard().resolve("mri/brain-t2"), sets);
    }

    private static MriResult run(Scenario s) {
        MriJob job = new MriScenarioBinding(TISSUES).bind(s);
        return new MriPipeline().run(job);
    }

    @Test
    void theFittedT2IsTheTissuesAndEveryEchoIsWritten(@TempDir Path dir) throws Exception {
        Scenario s = scenario("mri.echoes=8", "mri.noise=false");
        MriResult r = run(s);
        assertEquals(8, r.echoes().size());
        assertArrayEquals(r.images().magnitude().data(), r.echoes().get(0).data(), "echo 1 is the image");
        double field = s.section("mri").getDouble("field_t");
        for (String tissue : List.of("white-matter", "grey-matter")) {
            double t2 = TISSUES.find(tissue).orElseThrow().mri().at(field).t2();
            double fitted = r.metrics().get("roi." + tissue + ".t2_fit_ms").orElseThrow().value() * 1e-3;
            // Noise off and a linear reconstruction: the ROI mean of echo n is the tissue's signal × e^(−n·TE/T2)
            // exactly, up to the ringing of the neighbouring edges, which decays with their own T2 — measured within
            // 0.5 %; 2 % leaves room for the ROI's rim.
            assertEquals(t2, fitted, 0.02 * t2, tissue + ": fitted T2 " + fitted + " s vs " + t2 + " s");
        }
        List<Path> files = new Modalities(TISSUES).run(s, Progress.NONE, new java.io.PrintWriter(java.io.Writer.nullWriter()))
                .write(dir, s);
        assertTrue(files.contains(dir.resolve("echoes.npy")), files.toString());
        NpyArray echoes = NpyReader.read(dir.resolve("echoes.npy"));
        assertArrayEquals(new int[] {8, 128, 128}, echoes.shape());
    }

    @Test
    void aMultiEchoSeriesNeedsACartesianSpinEcho() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> run(scenario("mri.echoes=4", "mri.sequence=gre")));
        assertEquals("mri.echoes", e.key());
        assertTrue(e.hint().contains("mri.sequence: se"), e.hint());
    }
}
