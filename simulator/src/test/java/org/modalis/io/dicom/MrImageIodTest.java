package org.modalis.io.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.image.Grid;
import org.modalis.image.Image;

/** MR Image IOD: valid per dciodvfy; pydicom reads back the magnitude and the protocol. */
class MrImageIodTest {

    @TempDir
    Path dir;

    private static final Grid GRID = new Grid(32, 20, 1, 0.9e-3, 1.1e-3, 4e-3);

    static MrAcquisitionTags irTags() {
        return new MrAcquisitionTags(List.of("SE", "IR"), List.of("MP"), "ir2d", 9000, 120, 2500, 90, 1.5, 63.866217,
                2, 130, 32, 20, "COL", 75, 62.5, 4, 0.012, "FLAIR test", List.of(new NamedWindow("SCENARIO", 5000, 10000)), 1);
    }

    @Test
    void dciodvfyFindsNoErrors() throws Exception {
        Image m = DicomTestImages.ramp(GRID, 0.01234, 0.0211, 0.0137, 0, "a.u.");
        Path f = DicomTestImages.write(dir, "mr.dcm", MrImageIod.build(DicomTestImages.STUDY, m, irTags()).get(0));
        ExternalValidators.Result report = ExternalValidators.dciodvfy(f);
        System.out.println("dciodvfy MR Image:\n" + report.output());
        assertEquals(List.of(), ExternalValidators.errors(report));
    }

    @Test
    void pydicomReadsTheMagnitudeAndTheProtocol() throws Exception {
        Image m = DicomTestImages.ramp(GRID, 0.01234, 0.0211, 0.0137, 0, "a.u.");
        Path f = DicomTestImages.write(dir, "mr.dcm", MrImageIod.build(DicomTestImages.STUDY, m, irTags()).get(0));
        JsonNode d = ExternalValidators.python("dicom_dump.py", f, "pydicom", "numpy");
        JsonNode stored = d.get("_stored");
        double worst = 0;
        for (int r = 0; r < GRID.ny(); r++) {
            for (int c = 0; c < GRID.nx(); c++) {
                double value = stored.get(r * GRID.nx() + c).asDouble() / MrImageIod.SCALE;
                worst = Math.max(worst, Math.abs(value - m.at(c, GRID.ny() - 1 - r)));
            }
        }
        // Rounding to 1e-4 of the water signal: ≤ 0.5e-4 (+ float32 representation of ~1, 6e-8).
        assertTrue(worst <= 0.5e-4 + 1e-7, "max magnitude error " + worst);
        assertEquals("1.2.840.10008.5.1.4.1.1.4", d.get("SOPClassUID").asText());
        assertEquals(9000, d.get("RepetitionTime").asDouble());
        assertEquals(120, d.get("EchoTime").asDouble());
        assertEquals(2500, d.get("InversionTime").asDouble());
        assertEquals(90, d.get("FlipAngle").asDouble());
        assertEquals(1.5, d.get("MagneticFieldStrength").asDouble());
        assertEquals(130, d.get("PixelBandwidth").asDouble());
        assertEquals(2, d.get("NumberOfAverages").asDouble());
        assertEquals("COL", d.get("InPlanePhaseEncodingDirection").asText());
        assertEquals(1, d.get("EchoTrainLength").asInt());
        assertEquals("SE", d.get("ScanningSequence").get(0).asText());
        assertEquals("IR", d.get("ScanningSequence").get(1).asText());
        // The slice at z = 12 mm (towards the head) lies at LPS Z = +12 mm.
        assertEquals(12, d.get("ImagePositionPatient").get(2).asDouble(), 1e-9);
    }
}
