package org.modalis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.io.NpyReader;
import org.modalis.io.NpyWriter;
import org.modalis.mri.CartesianRecon;
import org.modalis.mri.KSpace;
import org.modalis.mri.MrAcquisition;
import org.modalis.mri.MrProtocol;
import org.modalis.mri.MrScanner;
import org.modalis.mri.PhaseDirection;
import org.modalis.mri.PulseSequence;
import org.modalis.mri.ReconWindow;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Ellipse;
import org.modalis.phantom.Region;
import org.modalis.physics.Rng;
import org.modalis.tissue.MrProperties;
import org.modalis.tissue.RelaxationTimes;
import org.modalis.tissue.Tissue;

/** {@code modalis reconstruct mri} gives back the image of {@code modalis run} from its raw k-space. */
class ReconstructMriCommandTest {

    @TempDir
    Path tmp;

    private static final MrProtocol PROTOCOL = new MrProtocol(PulseSequence.SE, 2.0, 0.02, 0, 90, 0.24, 0.24, 64, 64, 0.005, 0,
            1, 130, PhaseDirection.AP, 2, true, null);

    private static KSpace kspace() {
        RelaxationTimes r = new RelaxationTimes(1.0, 0.1, 0.05);
        Tissue water = new Tissue("water", "test", null, new MrProperties(1.0, r, r, 0, "test"));
        AnalyticPhantom phantom = new AnalyticPhantom("e", List.of(Region.of(new Ellipse(0.01, -0.02, 0.07, 0.04, 0.3), water)));
        return MrAcquisition.acquire(phantom, new MrScanner(1.5), PROTOCOL, new Rng(3));
    }

    private int run(String... args) {
        StringWriter err = new StringWriter();
        int rc = Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, rc, err.toString());
        return rc;
    }

    private void write(Path file, int[] shape, float[] data) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            NpyWriter.writeComplex64(o, shape, data);
        }
    }

    @Test
    void roundTripOfTheProjectsOwnKSpaceReproducesItsReconstruction() throws IOException {
        KSpace k = kspace();
        write(tmp.resolve("raw.npy"), new int[] {64, 128}, k.data());
        run("reconstruct", "mri", tmp.resolve("raw.npy").toString(), "--convention", "modalis", "--fov-mm", "240,240",
                "--crop-readout", "2", "--out", tmp.resolve("out").toString());
        float[] expected = new CartesianRecon(1, ReconWindow.NONE).reconstruct(k, PROTOCOL).magnitude().data();
        double[] got = NpyReader.read(tmp.resolve("out/image.npy")).data();
        assertEquals(expected.length, got.length);
        double worst = 0, peak = 0;
        for (int i = 0; i < got.length; i++) {
            worst = Math.max(worst, Math.abs(got[i] - expected[i]));
            peak = Math.max(peak, expected[i]);
        }
        // Same transform, float FFT here vs double FFT in CartesianRecon: float rounding over 64·128 points, 1e-5.
        assertTrue(worst < 1e-5 * peak, "max difference " + worst / peak + " of the peak");
        assertTrue(Files.size(tmp.resolve("out/image.png")) > 100 && Files.size(tmp.resolve("out/metrics.json")) > 100);
    }

    @Test
    void rootSumOfSquaresOverACoilAxisAddsTheCoilsInQuadrature() throws IOException {
        KSpace k = kspace();
        float[] one = k.data(), stacked = new float[3 * one.length];
        for (int i = 0; i < one.length; i++) {       // coils last: shape (64, 128, 3), weights 1, 2, 2
            int sample = i / 2, part = i % 2;
            for (int c = 0; c < 3; c++) {
                stacked[2 * (sample * 3 + c) + part] = one[i] * (c == 0 ? 1 : 2);
            }
        }
        write(tmp.resolve("single.npy"), new int[] {64, 128}, one);
        write(tmp.resolve("coils.npy"), new int[] {64, 128, 3}, stacked);
        run("reconstruct", "mri", tmp.resolve("single.npy").toString(), "--out", tmp.resolve("a").toString());
        run("reconstruct", "mri", tmp.resolve("coils.npy").toString(), "--coils-axis", "2", "--out", tmp.resolve("b").toString());
        double[] a = NpyReader.read(tmp.resolve("a/image.npy")).data(), b = NpyReader.read(tmp.resolve("b/image.npy")).data();
        double peak = 0;
        for (double v : a) {
            peak = Math.max(peak, v);
        }
        for (int i = 0; i < a.length; i++) {
            // √(1² + 2² + 2²) = 3 exactly; float rounding 1e-5 of the peak.
            assertEquals(3 * a[i], b[i], 1e-5 * peak);
        }
    }

    @Test
    void aThreeDimensionalArrayWithoutACoilAxisIsAUserError() throws IOException {
        write(tmp.resolve("c.npy"), new int[] {2, 8, 8}, new float[256]);
        StringWriter err = new StringWriter();
        int rc = Main.execute(new String[] {"reconstruct", "mri", tmp.resolve("c.npy").toString(), "--out", tmp.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Main.USER_ERROR, rc);
        assertTrue(err.toString().contains("--coils-axis"), err.toString());
    }
}
