package org.modalis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.ct.HounsfieldScale;
import org.modalis.tissue.TissueLibrary;

/**
 * Two routes, one answer: the quality phantom voxelized at 0.43 mm and projected by Siddon ray tracing reads
 * the same CT numbers as the analytic phantom projected exactly.
 */
class VoxelPhantomRunTest {

    @TempDir
    Path tmp;

    @Test
    void voxelizedQualityPhantomReadsTheMaterialsHu() throws IOException {
        CliTest.Result v = CliTest.modalis("voxelize", "ct-quality", "--size", "512", "--fov-mm", "220", "--supersample", "2",
                "--out", tmp.toString());
        assertEquals(0, v.code(), v.err());
        Path yaml = tmp.resolve("ct-quality.yaml");
        assertTrue(Files.exists(tmp.resolve("ct-quality-labels.npy")));
        Path scenario = tmp.resolve("voxel.yaml");
        Files.writeString(scenario, String.join("\n", "title: voxel route", "modality: ct", "phantom: ct-quality.yaml",
                "ct:", "  views: 360", "  bins: 400", "  spectrum: mono", "  energy_kev: 70", "  noise: false",
                "recon:", "  size: 256", "  fov_mm: 220", ""));
        Path out = tmp.resolve("out");
        CliTest.Result r = CliTest.modalis("run", scenario.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).get("metrics");
        TissueLibrary t = TissueLibrary.load();
        HounsfieldScale hu = new HounsfieldScale(t.require("water").xray().mu(70), t.require("air").xray().mu(70));
        assertEquals(0, metrics.get("roi.centre.mean_hu").get("value").asDouble(), 3);
        assertEquals(-1000, metrics.get("roi.air.mean_hu").get("value").asDouble(), 5);
        for (String m : List.of("pmma", "bone-cortical", "contrast-iodine-10", "adipose")) {
            double expected = hu.hu(t.require(m).xray().mu(70));
            // Staircase edges 4.5 mm outside the ROI change nothing inside it beyond the analytic case's ±5 HU.
            assertEquals(expected, metrics.get("roi." + m + ".mean_hu").get("value").asDouble(),
                    Math.max(5, 0.005 * Math.abs(expected)), m);
        }
    }

    @Test
    void badLabelTableIsAUserError() throws IOException {
        assertEquals(0, CliTest.modalis("voxelize", "water-cylinder", "--size", "32", "--out", tmp.toString()).code());
        Path yaml = tmp.resolve("water-cylinder.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("tissue: water", "tissue: watr"));
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, "modality: ct\nphantom: water-cylinder.yaml\nrecon: {size: 32}\nct: {views: 20}\n");
        CliTest.Result r = CliTest.modalis("run", scenario.toString(), "--out", tmp.resolve("o").toString(), "-q");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("voxels.labels.1") && r.err().contains("watr"), r.err());
    }
}
