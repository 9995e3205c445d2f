package org.modalis.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.io.NpyArray;
import org.modalis.io.NpyReader;
import org.modalis.io.dicom.DxImageIod;
import org.modalis.io.dicom.ExternalValidators;
import org.modalis.io.dicom.MrImageIod;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;

/**
 * The clinical exports of real runs (small grids, so each run takes well under a second): the files the
 * format asks for and no others, valid per dciodvfy, and read back by pydicom and nibabel to the values of
 * the run's own float image (image.npy).
 */
class ClinicalExportsTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();

    @TempDir
    Path dir;

    private static Scenario scenario(String name, String... sets) {
        return new ScenarioLoader().load(ScenarioLibrary.standard().resolve(name), List.of(sets));
    }

    private static List<String> run(Scenario s, Path out) {
        ModalityRun r = new Modalities(TISSUES).run(s, Progress.NONE, new PrintWriter(Writer.nullWriter()));
        List<String> names = new ArrayList<>();
        for (Path p : r.write(out, s)) {
            names.add(out.toAbsolutePath().normalize().relativize(p).toString());
        }
        return names;
    }

    private static Scenario smallCt(String format) {
        return scenario("ct/quality", "ct.views=90", "recon.size=48", "output.format=" + format);
    }

    @Test
    void ctWritesOnlyTheChosenFormatsAndTheDicomHoldsTheHuImage() throws Exception {
        Path out = dir.resolve("ct");
        List<String> names = run(smallCt("npy,dicom,nifti"), out);
        assertTrue(names.containsAll(List.of("image.npy", "image.dcm", "image.nii", "metrics.json")), names.toString());
        assertFalse(names.contains("image.png"), "png was not asked for: " + names);
        assertEquals(List.of(), ExternalValidators.errors(ExternalValidators.dciodvfy(out.resolve("image.dcm"))));
        NpyArray hu = NpyReader.read(out.resolve("image.npy"));
        int ny = hu.shape()[0];
        int nx = hu.shape()[1];
        JsonNode d = ExternalValidators.python("dicom_dump.py", out.resolve("image.dcm"), "pydicom", "numpy");
        double worst = 0;
        for (int r = 0; r < ny; r++) {
            for (int c = 0; c < nx; c++) {
                // DICOM row r is image.npy row ny − 1 − r (anterior at the top); rounding to 1 HU: ≤ 0.5 HU.
                worst = Math.max(worst, Math.abs(d.get("_values").get(r * nx + c).asDouble() - hu.data()[(ny - 1 - r) * nx + c]));
            }
        }
        assertTrue(worst <= 0.5 + 1e-4, "max |HU error| " + worst);
        Scenario s = smallCt("dicom");
        assertEquals(s.section("ct").getDouble("mas") * 1e3, d.get("ExposureInuAs").asDouble(), 0.5, "mAs in µAs");
        assertEquals("SHEPP_LOGAN 1", d.get("ConvolutionKernel").asText());
        assertEquals(s.section("recon").getDouble("fov_mm") / 48, d.get("PixelSpacing").get(0).asDouble(), 1e-12,
                "recon FOV over 48 pixels [mm]");
        JsonNode n = ExternalValidators.python("nifti_dump.py", out.resolve("image.nii"), "nibabel", "numpy");
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                assertEquals(hu.data()[j * nx + i], n.get("data").get(i + nx * j).asDouble(), 0.0, "float32 voxel " + i + "," + j);
            }
        }
    }

    @Test
    void theSameRunWritesTheSameDicomAndNiftiBytes() throws Exception {
        run(smallCt("dicom,nifti"), dir.resolve("a"));
        run(smallCt("dicom,nifti"), dir.resolve("b"));
        for (String f : List.of("image.dcm", "image.nii")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void mriDicomCarriesTheProtocolAndTheMagnitude() throws Exception {
        Path out = dir.resolve("mr");
        List<String> names = run(scenario("mri/flair", "mri.matrix_read=32", "mri.matrix_phase=32",
                "output.format=npy,dicom,nifti"), out);
        assertTrue(names.containsAll(List.of("image.dcm", "image.nii")), names.toString());
        assertEquals(List.of(), ExternalValidators.errors(ExternalValidators.dciodvfy(out.resolve("image.dcm"))));
        JsonNode d = ExternalValidators.python("dicom_dump.py", out.resolve("image.dcm"), "pydicom", "numpy");
        Scenario s = scenario("mri/flair");
        assertEquals(s.section("mri").getDouble("tr_ms"), d.get("RepetitionTime").asDouble(), 1e-9);
        assertEquals(s.section("mri").getDouble("te_ms"), d.get("EchoTime").asDouble(), 1e-9);
        assertEquals(s.section("mri").getDouble("ti_ms"), d.get("InversionTime").asDouble(), 1e-9);
        assertEquals(s.section("mri").getDouble("field_t"), d.get("MagneticFieldStrength").asDouble(), 1e-12);
        NpyArray m = NpyReader.read(out.resolve("image.npy"));
        int ny = m.shape()[0];
        int nx = m.shape()[1];
        double worst = 0;
        for (int r = 0; r < ny; r++) {
            for (int c = 0; c < nx; c++) {
                double v = d.get("_stored").get(r * nx + c).asDouble() / MrImageIod.SCALE;
                worst = Math.max(worst, Math.abs(v - m.data()[(ny - 1 - r) * nx + c]));
            }
        }
        assertTrue(worst <= 0.5e-4 + 1e-7, "stored in 1e-4 of water: max error " + worst);
    }

    @Test
    void fastSpinEchoDicomCarriesItsEchoTrain() throws Exception {
        Path out = dir.resolve("fse");
        run(scenario("mri/fse-t2-blurring", "mri.matrix_read=32", "mri.matrix_phase=32", "mri.etl=8",
                "output.format=dicom"), out);
        assertEquals(List.of(), ExternalValidators.errors(ExternalValidators.dciodvfy(out.resolve("image.dcm"))));
        JsonNode d = ExternalValidators.python("dicom_dump.py", out.resolve("image.dcm"), "pydicom", "numpy");
        // PS3.3 C.8.3.1.1: a fast spin echo is scanning sequence SE with variant SK (segmented k-space); the
        // effective TE is the Echo Time, and Echo Train Length the echoes per excitation.
        assertEquals(8, d.get("EchoTrainLength").asInt());
        assertEquals("SE", d.get("ScanningSequence").asText().replace("[", "").replace("]", "").replace("\"", ""));
        assertEquals(80, d.get("EchoTime").asDouble(), 1e-9);
    }

    @Test
    void xrayDicomIsADigitalXrayForPresentation() throws Exception {
        Path out = dir.resolve("dx");
        List<String> names = run(scenario("xray/mas-noise", "xray.cols=48", "xray.rows=16", "output.format=npy,dicom,nifti"), out);
        assertTrue(names.contains("image.dcm"), names.toString());
        assertFalse(names.contains("image.nii"), "a projection has no NIfTI: " + names);
        assertEquals(List.of(), ExternalValidators.errors(ExternalValidators.dciodvfy(out.resolve("image.dcm"))));
        JsonNode d = ExternalValidators.python("dicom_dump.py", out.resolve("image.dcm"), "pydicom", "numpy");
        NpyArray e = NpyReader.read(out.resolve("image.npy"));
        int ny = e.shape()[0];
        int nx = e.shape()[1];
        for (int r = 0; r < ny; r++) {
            for (int c = 0; c < nx; c++) {
                double attenuation = d.get("_stored").get(r * nx + c).asDouble() / DxImageIod.SCALE - DxImageIod.OFFSET / DxImageIod.SCALE;
                // Rounding to 1e-3 of −ln E.
                assertEquals(-Math.log(e.data()[(ny - 1 - r) * nx + c]), attenuation, 0.5e-3 + 1e-6);
            }
        }
        assertEquals(scenario("xray/mas-noise").section("xray").getDouble("kvp"), d.get("KVP").asDouble(), 1e-9);
        assertTrue(d.get("EntranceDoseInmGy").asDouble() > 0);
    }

    /**
     * A fluoroscopy run's frames go out as one DX series beside the final image: valid per dciodvfy, one series
     * UID shared by the frames and different from the final image's, instance numbers 1 … n in time order, and
     * each frame's pixels are the frame's −ln E from frames.npy (to the 1e-3 storage step).
     */
    @Test
    void fluoroscopyFramesAreADigitalXraySeries() throws Exception {
        Path out = dir.resolve("fluoro");
        List<String> names = run(scenario("xray/fluoroscopy-pulse-rate", "xray.cols=32", "xray.rows=16", "xray.duration_s=0.2",
                "output.format=npy,dicom"), out);
        NpyArray frames = NpyReader.read(out.resolve("frames.npy"));
        int n = frames.shape()[0];
        int ny = frames.shape()[1];
        int nx = frames.shape()[2];
        assertTrue(n >= 2, "a series needs frames: " + n);
        for (int f = 1; f <= n; f++) {
            assertTrue(names.contains(String.format("frames/%04d.dcm", f)), names.toString());
        }
        assertEquals(List.of(), ExternalValidators.errors(ExternalValidators.dciodvfy(out.resolve("frames/0001.dcm"))));
        JsonNode first = ExternalValidators.python("dicom_dump.py", out.resolve("frames/0001.dcm"), "pydicom", "numpy");
        JsonNode last = ExternalValidators.python("dicom_dump.py", out.resolve(String.format("frames/%04d.dcm", n)), "pydicom", "numpy");
        JsonNode image = ExternalValidators.python("dicom_dump.py", out.resolve("image.dcm"), "pydicom", "numpy");
        assertEquals(first.get("SeriesInstanceUID").asText(), last.get("SeriesInstanceUID").asText());
        assertNotEquals(first.get("SeriesInstanceUID").asText(), image.get("SeriesInstanceUID").asText());
        assertEquals(1, first.get("InstanceNumber").asInt());
        assertEquals(n, last.get("InstanceNumber").asInt());
        for (int r = 0; r < ny; r++) {
            for (int c = 0; c < nx; c++) {
                double attenuation = last.get("_stored").get(r * nx + c).asDouble() / DxImageIod.SCALE - DxImageIod.OFFSET / DxImageIod.SCALE;
                double e = frames.data()[((n - 1) * ny + (ny - 1 - r)) * nx + c];
                assertEquals(-Math.log(Math.max(e, 1e-9)), attenuation, 0.5e-3 + 1e-6);
            }
        }
    }

    @Test
    void ultrasoundHookWritesAValidUsImageWhenAsked() throws Exception {
        // The ultrasound modality is built elsewhere: a synthetic dB frame stands in for its B-mode image.
        org.modalis.image.Grid g = new org.modalis.image.Grid(20, 30, 1, 0.3e-3, 0.2e-3, 1e-3);
        float[] db = new float[600];
        for (int k = 0; k < db.length; k++) {
            db[k] = -0.1f * k;
        }
        org.modalis.image.Image bmode = new org.modalis.image.Image(g, db, "echo", "dB", new org.modalis.image.Window(-30, 60));
        org.modalis.io.OutputDirectory out = org.modalis.io.OutputDirectory.create(dir.resolve("us"));
        assertEquals(List.of(), ClinicalExports.ultrasound(out, smallCt("npy"), bmode, bmode.window(), 5e6), "not asked");
        List<Path> written = ClinicalExports.ultrasound(out, smallCt("dicom"), bmode, bmode.window(), 5e6);
        assertEquals(List.of(dir.resolve("us/image.dcm").toAbsolutePath().normalize()), written);
        assertEquals(List.of(), ExternalValidators.errors(ExternalValidators.dciodvfy(written.get(0))));
    }
}
