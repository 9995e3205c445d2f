package org.modalis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code modalis run --format}: the chosen outputs and nothing else; a wrong format is a user error (exit 2). */
class RunFormatTest {

    @TempDir
    Path tmp;

    private Path small() throws IOException {
        Path f = tmp.resolve("small.yaml");
        Files.writeString(f, String.join("\n", "title: small", "modality: ct", "phantom: ct-quality", "ct:",
                "  geometry: parallel", "  views: 30", "  bins: 64", "  bin_mm: 4", "  oversample: 1",
                "recon:", "  size: 32", "  fov_mm: 220", ""));
        return f;
    }

    @Test
    void formatChoosesTheFiles() throws IOException {
        Path out = tmp.resolve("out");
        CliTest.Result r = CliTest.modalis("run", small().toString(), "--out", out.toString(), "-q", "--format", "dicom,nifti");
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("image.dcm", "image.nii", "metrics.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        byte[] dcm = Files.readAllBytes(out.resolve("image.dcm"));
        assertEquals("DICM", new String(dcm, 128, 4, java.nio.charset.StandardCharsets.US_ASCII), "Part 10 magic after the preamble");
        assertTrue(Files.readString(out.resolve("metrics.json")).contains("\"format\" : \"dicom,nifti\"")
                || Files.readString(out.resolve("metrics.json")).contains("\"format\": \"dicom,nifti\""), "resolved output.format");
    }

    @Test
    void anUnknownFormatIsExitTwoNamingTheChoices() throws IOException {
        CliTest.Result r = CliTest.modalis("run", small().toString(), "--out", tmp.resolve("x").toString(), "-q",
                "--format", "npy,jpeg");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("jpeg") && r.err().contains("dicom"), r.err());
    }
}
