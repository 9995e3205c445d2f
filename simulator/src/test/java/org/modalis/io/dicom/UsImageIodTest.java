package org.modalis.io.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/** US Image IOD from a synthetic B-mode frame: valid per dciodvfy; pydicom reads the grey levels and the region. */
class UsImageIodTest {

    @TempDir
    Path dir;

    /** 24 lateral × 40 axial pixels of 0.3 × 0.2 mm; values −70 … +9 dB, shown over −60 … 0 dB. */
    private static final Grid GRID = new Grid(24, 40, 1, 0.3e-3, 0.2e-3, 1e-3);
    private static final Window DYNAMIC_RANGE = new Window(-30, 60);

    private static DicomInstance frame(Image bmode) {
        return UsImageIod.build(DicomTestImages.STUDY, bmode, DYNAMIC_RANGE, new UsAcquisitionTags(5e6, "US test"));
    }

    @Test
    void dciodvfyFindsNoErrors() throws Exception {
        Path f = DicomTestImages.write(dir, "us.dcm", frame(DicomTestImages.ramp(GRID, -70, 1.5, 1.1, 0, "dB")));
        ExternalValidators.Result report = ExternalValidators.dciodvfy(f);
        System.out.println("dciodvfy US Image:\n" + report.output());
        assertEquals(List.of(), ExternalValidators.errors(report));
    }

    @Test
    void pydicomReadsTheGreyLevelsAndThePhysicalPixelSize() throws Exception {
        Image bmode = DicomTestImages.ramp(GRID, -70, 1.5, 1.1, 0, "dB");
        Path f = DicomTestImages.write(dir, "us.dcm", frame(bmode));
        JsonNode d = ExternalValidators.python("dicom_dump.py", f, "pydicom", "numpy");
        JsonNode stored = d.get("_stored");
        for (int r = 0; r < GRID.ny(); r++) {
            for (int c = 0; c < GRID.nx(); c++) {
                // Exact: the grey level is an integer computed once, by Window.grey, and stored as is.
                assertEquals(DYNAMIC_RANGE.grey(bmode.at(c, GRID.ny() - 1 - r)), stored.get(r * GRID.nx() + c).asInt());
            }
        }
        assertEquals(0, stored.get((GRID.ny() - 1) * GRID.nx()).asInt(), "−70 dB is below the range: black");
        assertEquals("1.2.840.10008.5.1.4.1.1.6.1", d.get("SOPClassUID").asText());
        assertEquals(8, d.get("BitsAllocated").asInt());
        JsonNode region = d.get("SequenceOfUltrasoundRegions").get(0);
        assertEquals(0.03, region.get("PhysicalDeltaX").asDouble(), 1e-15, "0.3 mm in cm");
        assertEquals(0.02, region.get("PhysicalDeltaY").asDouble(), 1e-15, "0.2 mm in cm");
        assertEquals(5000, region.get("TransducerFrequency").asDouble(), "kHz");
    }
}
