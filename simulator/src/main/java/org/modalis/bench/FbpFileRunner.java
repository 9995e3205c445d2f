package org.modalis.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.ct.Sinogram;
import org.modalis.ct.recon.Fbp;
import org.modalis.ct.recon.FilterWindow;
import org.modalis.image.Grid;

/**
 * Times FBP on a sinogram from a file, for side-by-side comparisons with other tools
 * ({@code bench/compare_skimage.py}). Input: raw little-endian float32, views × bins (bins fastest), in
 * our parallel convention with lengths in pixels (bin = pixel = 1); output: the n × n image, same format.
 * <pre>java -cp … org.modalis.bench.FbpFileRunner in.f32 views bins n startRad detectorOffsetBins out.f32 [repeats]</pre>
 */
public final class FbpFileRunner {

    private FbpFileRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 7) {
            System.err.println("usage: FbpFileRunner in.f32 views bins n startRad detectorOffsetBins out.f32 [repeats]");
            System.exit(2);
        }
        int views = Integer.parseInt(args[1]);
        int bins = Integer.parseInt(args[2]);
        int n = Integer.parseInt(args[3]);
        var g = new ParallelBeamGeometry(views, Double.parseDouble(args[4]), Math.PI, bins, 1.0, Double.parseDouble(args[5]));
        Sinogram s = new Sinogram(g, readFloats(Path.of(args[0]), views * bins));
        Grid grid = Grid.square(n, n, 1.0);
        float[] out = new float[n * n];
        int repeats = args.length > 7 ? Integer.parseInt(args[7]) : 7;
        FbpBenchmark bench = new FbpBenchmark(3, repeats);
        // iradon(circle=True) returns the scan field only: so does this run, which may then skip the rest.
        FbpBenchmark.Result r = bench.time(n, views, () -> new Fbp().reconstructScanField(s, grid, FilterWindow.RAM_LAK, 1.0, out));
        System.out.println(r.describe());
        System.out.printf("median_seconds=%.6f%n", r.medianSeconds());
        ByteBuffer b = ByteBuffer.allocate(4 * out.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(out);
        Files.write(Path.of(args[6]), b.array());
    }

    private static float[] readFloats(Path p, int count) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        if (bytes.length != 4L * count) {
            throw new IOException(p + ": expected " + count + " float32 values, found " + bytes.length + " bytes");
        }
        float[] a = new float[count];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(a);
        return a;
    }
}
