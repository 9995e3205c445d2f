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

/** Digital X-Ray Image (For Presentation): valid per dciodvfy; pydicom reads −ln E and the dose tags. */
class DxImageIodTest {

    @TempDir
    Path dir;

    private static final Grid GRID = new Grid(30, 18, 1, 0.15e-3, 0.15e-3, 1);

    static DxAcquisitionTags tags() {
        return new DxAcquisitionTags(80, 2.5, 1000, 900, 0.15, 0.131, 0.042, 2.5, "X-ray test",
                new NamedWindow("OBJECT", 1.5, 2.0));
    }

    /** Relative exposures from 1.2 (noise above the open field) down to 0.003 (behind bone). */
    static Image exposure() {
        Image ramp = DicomTestImages.ramp(GRID, 0.1, 0.05, 0.1, 0, "1");
        float[] v = ramp.data();
        for (int k = 0; k < v.length; k++) {
            v[k] = (float) (1.2 * Math.exp(-v[k]));
        }
        return ramp;
    }

    @Test
    void dciodvfyFindsNoErrors() throws Exception {
        Path f = DicomTestImages.write(dir, "dx.dcm", DxImageIod.build(DicomTestImages.STUDY, exposure(), tags()));
        ExternalValidators.Result report = ExternalValidators.dciodvfy(f);
        System.out.println("dciodvfy DX Image:\n" + report.output());
        assertEquals(List.of(), ExternalValidators.errors(report));
    }

    @Test
    void pydicomReadsTheAttenuationAndTheDoseTags() throws Exception {
        Image e = exposure();
        Path f = DicomTestImages.write(dir, "dx.dcm", DxImageIod.build(DicomTestImages.STUDY, e, tags()));
        JsonNode d = ExternalValidators.python("dicom_dump.py", f, "pydicom", "numpy");
        JsonNode stored = d.get("_stored");
        double worst = 0;
        for (int r = 0; r < GRID.ny(); r++) {
            for (int c = 0; c < GRID.nx(); c++) {
                double attenuation = stored.get(r * GRID.nx() + c).asDouble() / DxImageIod.SCALE - DxImageIod.OFFSET / DxImageIod.SCALE;
                worst = Math.max(worst, Math.abs(attenuation + Math.log(e.at(c, GRID.ny() - 1 - r))));
            }
        }
        // Rounding to 1e-3 of −ln E: ≤ 0.5e-3 (+ float32 rounding of E, relative 6e-8).
        assertTrue(worst <= 0.5e-3 + 1e-6, "max −ln E error " + worst);
        assertEquals("1.2.840.10008.5.1.4.1.1.1.1", d.get("SOPClassUID").asText());
        assertEquals("FOR PRESENTATION", d.get("PresentationIntentType").asText());
        assertEquals(80, d.get("KVP").asDouble());
        assertEquals(1000, d.get("DistanceSourceToDetector").asDouble());
        assertEquals(0.15, d.get("ImagerPixelSpacing").get(0).asDouble());
        assertEquals(0.131, d.get("EntranceDoseInmGy").asDouble());
        assertEquals(2500, d.get("ExposureInuAs").asDouble());
        assertEquals(2500, d.get("WindowCenter").asDouble(), "1.5 in −ln E = stored 1000·(1.5 + 1)");
    }
}
