package org.modalis.training.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.pipeline.Modalities;
import org.modalis.tissue.TissueLibrary;

/**
 * Every drill's fault shows in the measurement its key names (out of tolerance), and the healthy scan
 * passes every tolerance: the drill is answerable from the QC sheet. One QC scan per fault (6 CT runs).
 */
class DrillsTest {

    @TempDir
    Path tmp;

    @Test
    void eachFaultLeavesItsMeasurementsToleranceAndTheHealthyScanPasses() {
        Drills drills = new Drills(new Modalities(TissueLibrary.load()), new PrintWriter(new StringWriter()));
        for (DrillProgram p : DrillCatalog.standard().programs()) {
            checkProgram(drills, p);
        }
    }

    private void checkProgram(Drills drills, DrillProgram p) {
        assertTrue(p.faults().size() >= 4, "a drill needs a choice of faults: " + p.name());
        for (DrillFault f : p.faults()) {
            Path dir = tmp.resolve(p.name()).resolve(f.name());
            DrillResult r = drills.make(p, f.name(), 3, dir);
            StringBuilder values = new StringBuilder();
            r.values().forEach((k, v) -> values.append(k).append('=').append(v).append(' '));
            System.out.println(p.name() + " " + f.name() + ": " + values);
            for (Measurement m : p.measurements()) {
                double v = r.values().get(m.metric());
                if (f.healthy()) {
                    assertTrue(m.accepts(v), "healthy scan: " + m.metric() + " = " + v);
                } else if (m.metric().equals(f.metric())) {
                    assertFalse(m.accepts(v), f.name() + " must show in " + m.metric() + ", got " + v);
                }
            }
            assertTrue(Files.exists(dir.resolve("students/qc-sheet.csv")));
            assertEquals(true, Drills.check(dir, f.name().toUpperCase()).correct());
            assertEquals(false, Drills.check(dir, "something-else").correct());
        }
    }
}
