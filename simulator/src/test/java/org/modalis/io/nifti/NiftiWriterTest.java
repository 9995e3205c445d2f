package org.modalis.io.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.io.dicom.CtAcquisitionTags;
import org.modalis.io.dicom.CtImageIod;
import org.modalis.io.dicom.DicomInstance;
import org.modalis.io.dicom.ExternalValidators;
import org.modalis.io.dicom.NamedWindow;
import org.modalis.io.dicom.PatientGeometry;
import org.modalis.io.dicom.StudyContext;

/** NIfTI-1 export, read back by nibabel: voxels, and an affine that agrees with the grid and with the DICOM export. */
class NiftiWriterTest {

    @TempDir
    Path dir;

    /** Unequal sizes and spacings on every axis, so a swapped or mis-signed axis shows. */
    private static final Grid GRID = new Grid(10, 7, 4, 0.7e-3, 0.5e-3, 2.5e-3);

    private static Image ramp() {
        float[] v = new float[Math.toIntExact(GRID.size())];
        for (int n = 0; n < v.length; n++) {
            v[n] = (float) (0.25 * n - 3.125);
        }
        return new Image(GRID, v, "CT number", "HU", new Window(40, 400));
    }

    private Path write(Image image, double zOffsetM) throws Exception {
        Path f = dir.resolve("image.nii");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NiftiWriter.write(out, image, zOffsetM, "Modalis CT number [HU]");
        Files.write(f, out.toByteArray());
        return f;
    }

    @Test
    void nibabelReadsTheVoxelsExactly() throws Exception {
        Image image = ramp();
        JsonNode n = ExternalValidators.python("nifti_dump.py", write(image, 0), "nibabel", "numpy");
        assertEquals(348, n.get("sizeof_hdr").asInt());
        assertEquals("n+1", n.get("magic").asText());
        assertEquals(352, n.get("vox_offset").asDouble());
        assertEquals(352, n.get("data_offset").asInt());
        assertEquals("mm", n.get("units").get(0).asText());
        assertEquals(GRID.nx(), n.get("shape").get(0).asInt());
        assertEquals(GRID.ny(), n.get("shape").get(1).asInt());
        assertEquals(GRID.nz(), n.get("shape").get(2).asInt());
        // float32 in, float32 out: exact, and in the same (i fastest) order.
        for (int k = 0; k < image.data().length; k++) {
            assertEquals(image.data()[k], n.get("data").get(k).asDouble(), 0.0);
        }
    }

    @Test
    void theAffineMapsVoxelCentresToTheGridInRas() throws Exception {
        double zOffset = 0.0125;
        JsonNode n = ExternalValidators.python("nifti_dump.py", write(ramp(), zOffset), "nibabel", "numpy");
        assertEquals(1, n.get("qform_code").asInt());
        assertEquals(1, n.get("sform_code").asInt());
        for (int[] v : new int[][] {{0, 0, 0}, {9, 0, 0}, {0, 6, 0}, {0, 0, 3}, {9, 6, 3}, {4, 3, 1}}) {
            // RAS = (−x, y, z + offset) in mm, with x = (i + 0.5 − nx/2)·dx (docs/conventions.md).
            double[] expected = {-GRID.x(v[0]) * 1e3, GRID.y(v[1]) * 1e3, (GRID.z(v[2]) + zOffset) * 1e3};
            for (String form : new String[] {"qform", "sform"}) {
                double[] got = apply(n.get(form), v);
                // float32 header fields: relative 6e-8 of coordinates ≤ 30 mm, so 1e-5 mm.
                assertArrayEquals(expected, got, 1e-5, form + " at voxel " + v[0] + "," + v[1] + "," + v[2]);
            }
        }
        assertEquals(0.7, n.get("zooms").get(0).asDouble(), 1e-6);
        assertEquals(2.5, n.get("zooms").get(2).asDouble(), 1e-6);
    }

    @Test
    void niftiAndDicomPlaceTheSameVoxelAtTheSamePatientPoint() throws Exception {
        Image image = ramp();
        JsonNode n = ExternalValidators.python("nifti_dump.py", write(image, 0), "nibabel", "numpy");
        List<Path> files = new ArrayList<>();
        int[] slices = {0, 3};
        for (int k : slices) {
            DicomInstance slice = CtImageIod.build(StudyContext.of("nifti-vs-dicom", "p", "t"), image,
                    new CtAcquisitionTags(120, 1000, 100, 10, 32, "RAM_LAK 1", "NONE", 500, 250, 1040, 570, 2.5, "s",
                            List.of(new NamedWindow("W", 40, 400)))).get(k);
            Path f = dir.resolve("s" + k + ".dcm");
            try (var out = Files.newOutputStream(f)) {
                slice.write(out);
            }
            files.add(f);
        }
        List<JsonNode> dumps = ExternalValidators.python("dicom_dump.py", files, "pydicom", "numpy");
        for (int s = 0; s < slices.length; s++) {
            JsonNode lps = dumps.get(s).get("_voxel_lps");
            // DICOM pixel (row 0, column c) is Modalis (i = c, j = ny − 1); RAS = (−L, −P, S).
            for (int c : new int[] {0, GRID.nx() - 1}) {
                JsonNode p = lps.get("0," + c);
                double[] fromDicom = {-p.get(0).asDouble(), -p.get(1).asDouble(), p.get(2).asDouble()};
                double[] fromNifti = apply(n.get("sform"), new int[] {c, GRID.ny() - 1, slices[s]});
                assertArrayEquals(fromDicom, fromNifti, 1e-5, "slice " + slices[s] + " column " + c);
            }
        }
        double[][] a = NiftiWriter.affine(new PatientGeometry(GRID, 0));
        assertEquals(-0.7, a[0][0], 1e-12, "R decreases along +x (towards the patient's left)");
    }

    private static double[] apply(JsonNode affine, int[] v) {
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) {
            JsonNode row = affine.get(r);
            out[r] = row.get(0).asDouble() * v[0] + row.get(1).asDouble() * v[1] + row.get(2).asDouble() * v[2] + row.get(3).asDouble();
        }
        return out;
    }
}
