package org.modalis.training.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dose log rows from metrics.json: DRL comparison, what is left out, appends keep one header. */
class DoseLogTest {

    @TempDir
    Path tmp;

    @Test
    void comparesWithTheHeadDrlAndAppendsUnderOneHeader() throws IOException {
        Path head = run("head", "ct", "forbild-head", true, "\"ctdi_vol_mgy\": {\"value\": 80.0}, \"dlp_mgy_cm\": {\"value\": 40.0}");
        Path quiet = run("nf", "ct", "forbild-head", false, "\"ctdi_vol_mgy\": {\"value\": 80.0}");
        Path mri = run("mri", "mri", "mri-brain", true, "\"snr\": {\"value\": 20.0}");
        DoseLog log = new DoseLog(ReferenceLevels.standard());
        Path file = tmp.resolve("session/dose-log.csv");
        assertEquals(1, log.record(file, "run", List.of(head, quiet, mri)));
        assertEquals(1, log.record(file, "run", List.of(head)));
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size(), "one header, two rows");
        assertTrue(lines.get(0).startsWith("timestamp_utc,command,scenario"));
        // 80 mGy against the ACR head reference value of 75 mGy: 106.7 %, exceeded (DLP 40 of 1011 is only 4 %)
        assertTrue(lines.get(1).contains(",adult head,ctdi_vol_mgy,75.0000,106.7,yes,ACR-CTAP"), lines.get(1));
        DoseSummary sum = DoseSummary.of(file);
        assertEquals(2, sum.runs().get("ct"));
        assertEquals(80.0, sum.totals().get("ct").get("dlp_mgy_cm"), 1e-9, "2 × 40 mGy·cm");
        assertEquals(2, sum.exceeded().size());
    }

    @Test
    void everyDrlNamesASourceDefinedInTheTable() throws IOException {
        String text = new String(DoseLog.class.getClassLoader().getResourceAsStream(ReferenceLevels.RESOURCE).readAllBytes());
        for (ReferenceLevel l : ReferenceLevels.standard().levels()) {
            assertTrue(text.contains("[" + l.source() + "]"), l.exam() + " cites " + l.source() + ", which drl.yaml must define");
            assertTrue(ReferenceLevels.standard().doseMetrics().contains(l.metric()), l.metric());
        }
    }

    private Path run(String name, String modality, String phantom, boolean noise, String metrics) throws IOException {
        Path d = tmp.resolve(name);
        Files.createDirectories(d);
        Files.writeString(d.resolve("metrics.json"), "{\"scenario\": {\"name\": \"" + name + "\", \"modality\": \"" + modality
                + "\"}, \"seed\": 1, \"parameters\": {\"" + modality + "\": {\"noise\": " + noise + "}}, \"phantom\": \""
                + phantom + "\", \"metrics\": {" + metrics + "}}");
        return d;
    }
}
