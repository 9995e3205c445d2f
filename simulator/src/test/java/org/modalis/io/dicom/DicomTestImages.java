package org.modalis.io.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/** Synthetic images and a study for the DICOM tests: non-square grids so a swapped axis shows. */
final class DicomTestImages {

    static final StudyContext STUDY = StudyContext.of("test|seed=7", "ct-quality", "A test study");

    private DicomTestImages() {
    }

    /** A ramp with fractional values: v = a + b·i + c·j + d·k on an nx × ny × nz grid. */
    static Image ramp(Grid g, double a, double b, double c, double d, String unit) {
        float[] v = new float[Math.toIntExact(g.size())];
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    v[g.index(i, j, k)] = (float) (a + b * i + c * j + d * k);
                }
            }
        }
        return new Image(g, v, "test", unit, new Window(0, 100));
    }

    static byte[] bytes(DicomInstance instance) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        instance.write(out);
        return out.toByteArray();
    }

    static Path write(Path dir, String name, DicomInstance instance) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes(instance));
        return f;
    }

    static CtAcquisitionTags ctTags() {
        return new CtAcquisitionTags(120, 1000, 200, 12.5, 32, "SHEPP_LOGAN 0.8", "AL2.5 CU0.1", 500, 250, 1040, 570, 5,
                "CT test", List.of(new NamedWindow("SCENARIO", 40, 400), new NamedWindow("LUNG", -600, 1500)));
    }
}
