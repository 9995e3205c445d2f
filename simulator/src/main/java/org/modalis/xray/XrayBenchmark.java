package org.modalis.xray;

import java.util.Arrays;
import java.util.List;
import org.modalis.image.Grid;
import org.modalis.phantom.Phantom;
import org.modalis.phantom.PhantomLibrary;
import org.modalis.phantom.Voxelizer;
import org.modalis.physics.Rng;
import org.modalis.physics.TubeFilter;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.TungstenTube;
import org.modalis.physics.XraySpectrum;
import org.modalis.pipeline.Progress;
import org.modalis.tissue.TissueLibrary;

/**
 * Wall-clock benchmark of the X-ray operators (docs/performance.md): a 1024² radiograph of the 3-D Shepp–Logan
 * head voxelised to 256³ (ray tracing through voxels, 61 energy bins of 1 keV, 20–80 keV, compound-Poisson noise),
 * and 512² fluoroscopy of the same phantom, static (the primary is reused: noise, readout and recursive filter
 * per frame) and moving (a new projection every frame), in frames per second. Medians of the repeats after one
 * warm-up. Run by {@code modalis bench --xray} or on its own ({@link #main}: repeats).
 */
public final class XrayBenchmark {

    private XrayBenchmark() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        TissueLibrary tissues = TissueLibrary.load();
        Phantom analytic = new PhantomLibrary(tissues).load("shepp-logan-3d");
        Grid grid = new Grid(256, 256, 256, 0.2 / 256, 0.2 / 256, 0.2 / 256);
        long t0 = System.nanoTime();
        Phantom voxels = Voxelizer.voxelPhantom(analytic, grid, 1);
        System.out.printf("voxelised shepp-logan-3d to 256³ in %.1f s%n", (System.nanoTime() - t0) * 1e-9);
        TungstenSpectrumModel model = new TungstenSpectrumModel();
        TungstenTube tube = new TungstenTube(80, 12, 1, List.of(new TubeFilter(model.aluminium(), 1.5)), 1.0, 20.0);
        XraySpectrum spectrum = model.generate(tube);
        ProjectionGeometry big = new ProjectionGeometry(1, 0.1, 0.3e-3, 1024, 1024);
        double radiograph = median(repeats, () -> XrayAcquisition.acquire(voxels, big, new CsiDetector(5e-4), spectrum, 2,
                true, new Rng(1)));
        System.out.printf("radiograph 1024² of a 256³ voxel phantom, %d energy bins: median %.2f s%n", spectrum.bins(),
                radiograph);
        ProjectionGeometry fluoro = new ProjectionGeometry(1, 0.1, 0.6e-3, 512, 512);
        XrayJob job = new XrayJob(voxels, tube, 0.02, fluoro, new CsiDetector(5e-4), FocalSpot.POINT, false, MotionBlur.NONE,
                Collimator.OPEN, false, null, 1.35, new PanelReadout(new GaussianBlur(0), 20, 2000, 0), 400, true,
                List.of(), 1);
        for (double motion : new double[] {0, 20}) {
            FrameSettings s = new FrameSettings(15, 1, 0.3, motion);
            double seconds = median(repeats, () -> new FluoroscopyPipeline().run(job, s, Progress.NONE));
            System.out.printf("fluoroscopy 512², %s: %d frames in %.2f s = %.1f frames/s%n",
                    motion == 0 ? "static (primary reused)" : "moving (projection per frame)", s.frames(), seconds,
                    s.frames() / seconds);
        }
    }

    private static double median(int repeats, Runnable r) {
        r.run();
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long s = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - s) * 1e-9;
        }
        Arrays.sort(t);
        return t[repeats / 2];
    }
}
