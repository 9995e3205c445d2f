package org.modalis.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.image.Grid;
import org.modalis.image.Image;

/** CT Image IOD: valid per dciodvfy, read back by pydicom with HU, geometry and acquisition tags intact. */
class CtImageIodTest {

    @TempDir
    Path dir;

    /** 40 × 24 pixels of 0.7 × 0.5 mm: unequal sizes and spacings catch a swapped row/column. */
    private static final Grid GRID = new Grid(40, 24, 1, 0.7e-3, 0.5e-3, 5e-3);

    @Test
    void dciodvfyFindsNoErrors() throws Exception {
        Image hu = DicomTestImages.ramp(GRID, -1000.25, 37.3, 11.1, 0, "HU");
        Path f = DicomTestImages.write(dir, "ct.dcm", CtImageIod.build(DicomTestImages.STUDY, hu, DicomTestImages.ctTags()).get(0));
        ExternalValidators.Result report = ExternalValidators.dciodvfy(f);
        System.out.println("dciodvfy CT Image:\n" + report.output());
        assertEquals(List.of(), ExternalValidators.errors(report));
    }

    @Test
    void pydicomReadsHuWithinHalfAUnitAndTheTags() throws Exception {
        // Values span −1000 … +700 HU with fractional parts; stored = round(HU + 1024), so the rescaled value
        // differs from the float by the rounding alone: ≤ 0.5 HU (plus float32 representation, < 1e-4 HU).
        Image hu = DicomTestImages.ramp(GRID, -1000.25, 37.3, 11.1, 0, "HU");
        Path f = DicomTestImages.write(dir, "ct.dcm", CtImageIod.build(DicomTestImages.STUDY, hu, DicomTestImages.ctTags()).get(0));
        JsonNode d = ExternalValidators.python("dicom_dump.py", f, "pydicom", "numpy");
        JsonNode values = d.get("_values");
        assertEquals(GRID.nx() * GRID.ny(), values.size());
        double worst = 0;
        for (int r = 0; r < GRID.ny(); r++) {
            for (int c = 0; c < GRID.nx(); c++) {
                // Row 0 of the DICOM image is the largest y (anterior at the top).
                worst = Math.max(worst, Math.abs(values.get(r * GRID.nx() + c).asDouble() - hu.at(c, GRID.ny() - 1 - r)));
            }
        }
        assertTrue(worst <= 0.5 + 1e-4, "max |HU error| " + worst);
        assertEquals("1.2.840.10008.5.1.4.1.1.2", d.get("SOPClassUID").asText());
        assertEquals("1.2.840.10008.1.2.1", d.get("_transfer_syntax").asText());
        assertEquals("Modalis^Phantom", d.get("PatientName").asText());
        assertEquals("ct-quality", d.get("PatientID").asText());
        assertEquals(120, d.get("KVP").asDouble());
        assertEquals(12.5, d.get("CTDIvol").asDouble());
        assertEquals(200, d.get("Exposure").asDouble());
        assertEquals(200, d.get("XRayTubeCurrent").asDouble(), "200 mAs over 1 s");
        assertEquals("SHEPP_LOGAN 0.8", d.get("ConvolutionKernel").asText());
        assertEquals(-600, d.get("WindowCenter").get(1).asDouble());
        assertEquals(0.5, d.get("PixelSpacing").get(0).asDouble(), 1e-12, "row spacing = dy [mm]");
        assertEquals(0.7, d.get("PixelSpacing").get(1).asDouble(), 1e-12, "column spacing = dx [mm]");
        assertEquals(5, d.get("SliceThickness").asDouble());
    }

    @Test
    void pixelCentresMapToTheGridCoordinatesInLps() throws Exception {
        Image hu = DicomTestImages.ramp(GRID, 0, 1, 1, 0, "HU");
        Path f = DicomTestImages.write(dir, "ct.dcm", CtImageIod.build(DicomTestImages.STUDY, hu, DicomTestImages.ctTags()).get(0));
        JsonNode lps = ExternalValidators.python("dicom_dump.py", f, "pydicom", "numpy").get("_voxel_lps");
        // Written row r, column c is Modalis pixel (i = c, j = ny − 1 − r); LPS = (x, −y, z) in mm with
        // x = (i + 0.5 − nx/2)·dx (docs/conventions.md). Exact in binary up to the DS text (16 characters).
        for (int[] rc : new int[][] {{0, 0}, {0, 39}, {23, 0}, {23, 39}}) {
            int i = rc[1];
            int j = GRID.ny() - 1 - rc[0];
            double[] expected = {GRID.x(i) * 1e3, -GRID.y(j) * 1e3, GRID.z(0) * 1e3};
            JsonNode p = lps.get(rc[0] + "," + rc[1]);
            for (int a = 0; a < 3; a++) {
                assertEquals(expected[a], p.get(a).asDouble(), 1e-9, "axis " + a + " of pixel " + rc[0] + "," + rc[1]);
            }
        }
    }

    @Test
    void aVolumeIsOneSeriesOfSlicesAlongZ() throws Exception {
        Grid g = new Grid(16, 12, 3, 1e-3, 1e-3, 2e-3);
        List<DicomInstance> series = CtImageIod.build(DicomTestImages.STUDY, DicomTestImages.ramp(g, 0, 1, 2, 100, "HU"),
                DicomTestImages.ctTags());
        assertEquals(3, series.size());
        List<Path> files = new java.util.ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Path f = DicomTestImages.write(dir, "s" + k + ".dcm", series.get(k));
            assertEquals(List.of(), ExternalValidators.errors(ExternalValidators.dciodvfy(f)));
            files.add(f);
        }
        List<JsonNode> dumps = ExternalValidators.python("dicom_dump.py", files, "pydicom", "numpy");
        for (int k = 0; k < 3; k++) {
            JsonNode d = dumps.get(k);
            assertEquals(DicomTestImages.STUDY.seriesUid(1), d.get("SeriesInstanceUID").asText());
            assertEquals(k + 1, d.get("InstanceNumber").asInt());
            double z = d.get("ImagePositionPatient").get(2).asDouble();
            // Slices 2 mm apart along +z = +Z (head) in LPS; slice k centre at z = (k + 0.5 − 3/2)·2 mm.
            assertEquals((k - 1) * 2.0, z, 1e-9);
            assertEquals(100.0 * k, d.get("_values").get((g.ny() - 1) * g.nx()).asDouble(), 0.5, "value of pixel (0, 0, k)");
        }
    }

    @Test
    void theSameInputsGiveTheSameBytesAndAnotherRunOtherUids() throws Exception {
        Image hu = DicomTestImages.ramp(GRID, -1000.25, 37.3, 11.1, 0, "HU");
        byte[] a = DicomTestImages.bytes(CtImageIod.build(DicomTestImages.STUDY, hu, DicomTestImages.ctTags()).get(0));
        byte[] b = DicomTestImages.bytes(CtImageIod.build(StudyContext.of("test|seed=7", "ct-quality", "A test study"), hu,
                DicomTestImages.ctTags()).get(0));
        assertArrayEquals(a, b);
        StudyContext other = StudyContext.of("test|seed=8", "ct-quality", "A test study");
        assertNotEquals(DicomTestImages.STUDY.studyUid(), other.studyUid());
        assertNotEquals(DicomTestImages.STUDY.instanceUid(1, 1), other.instanceUid(1, 1));
    }
}
