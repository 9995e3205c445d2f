package org.modalis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;
import org.modalis.mri.MriJob;
import org.modalis.mri.PhaseDirection;
import org.modalis.mri.PulseSequence;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;

/** The mri section binds to SI records, and protocol mistakes are reported at the scenario's mri section. */
class MriScenarioBindingTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();

    private static MriJob bind(String... overrides) {
        var s = new ScenarioLoader().load(ScenarioLibrary.standard().resolve("mri/flair"), List.of(overrides));
        return new MriScenarioBinding(TISSUES).bind(s);
    }

    @Test
    void lessonBindsInSiUnits() {
        MriJob job = bind("mri.phase_direction=lr", "mri.motion.amplitude_mm=2");
        assertEquals(PulseSequence.IR, job.protocol().sequence());
        assertEquals(9.0, job.protocol().tr(), 1e-12);
        assertEquals(2.37, job.protocol().ti(), 1e-12);
        assertEquals(0.24, job.protocol().fovRead(), 1e-12);
        assertEquals(PhaseDirection.LR, job.protocol().phaseDirection());
        assertEquals(0.002, job.protocol().motion().amplitude(), 1e-12);
        assertTrue(job.protocol().motion().alongY());
        assertTrue(job.rois().stream().anyMatch(r -> r.name().equals("background")));
    }

    @Test
    void echoTimeBeyondTrIsReportedAtTheMriSection() {
        var e = assertThrows(UserInputException.class, () -> bind("mri.tr_ms=100"));
        assertTrue(e.getMessage().contains("TE must be in (0, TR)"), e.getMessage());
        var odd = assertThrows(UserInputException.class, () -> bind("mri.matrix_read=255"));
        assertTrue(odd.getMessage().contains("even"), odd.getMessage());
    }
}
