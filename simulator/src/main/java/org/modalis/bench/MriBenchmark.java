package org.modalis.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.modalis.mri.CartesianRecon;
import org.modalis.image.Grid;
import org.modalis.mri.GriddingRecon;
import org.modalis.mri.MrAcquisition;
import org.modalis.mri.MriJob;
import org.modalis.mri.MriPipeline;
import org.modalis.mri.MriSpectraMemo;
import org.modalis.mri.MrProtocol;
import org.modalis.mri.MrScanner;
import org.modalis.mri.PhaseDirection;
import org.modalis.mri.PulseSequence;
import org.modalis.mri.RadialAcquisition;
import org.modalis.mri.RadialKSpace;
import org.modalis.mri.RadialTrajectory;
import org.modalis.mri.ReconWindow;
import org.modalis.mri.ShimField;
import org.modalis.mri.TissueSpectra;
import org.modalis.mri.TruthComposition;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Ellipse;
import org.modalis.phantom.Ellipsoid;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Region;
import org.modalis.physics.Rng;
import org.modalis.pipeline.MriScenarioBinding;
import org.modalis.pipeline.Progress;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.Tissue;
import org.modalis.tissue.TissueLibrary;

/**
 * Wall-clock benchmark of the MRI operators on the CPU: the analytic k-space of a 3-D head slice (exact slab
 * integral, nested ellipsoids of the tissue library) sampled on a 256 × 512 (2× oversampled readout)
 * Cartesian grid and reconstructed by IFFT; the same for its 2-D (one-plane) version; a contrast edit that
 * re-weights the cached per-tissue spectra; the exact slab truth and its re-weighting; and 256 radial spokes of
 * 512 samples acquired and gridded (Kaiser–Bessel, W = 4, α = 2). Medians of timed repeats after warm-up; on a
 * shared machine compare ratios.
 */
public final class MriBenchmark {

    /** One case: its name and the median and minimum wall time [s] over the repeats. */
    public record Result(String name, double medianSeconds, double minSeconds, int repeats) {

        public String describe() {
            return String.format("MRI %-46s median %.3f s (min %.3f s, %d runs)", name, medianSeconds, minSeconds, repeats);
        }
    }

    private final int warmups;
    private final int repeats;
    /** False during the untimed pass of {@link #runAll}. */
    private boolean timed;

    public MriBenchmark(int warmups, int repeats) {
        if (warmups < 0 || repeats < 1) {
            throw new IllegalArgumentException("need warmups ≥ 0 and repeats ≥ 1, got " + warmups + ", " + repeats);
        }
        this.warmups = warmups;
        this.repeats = repeats;
    }

    /**
     * The standard cases, timed after two untimed passes over all of them: the JIT compiles the shared hot loops in
     * background threads that compete for the cores, so timing the first case right after its own warm-ups charged it
     * with compilation (a 3-D acquisition measured 0.14 s in a first pass and 0.03 s in a third).
     */
    public List<Result> runAll() {
        for (int pass = 0; pass < Math.min(warmups, 2); pass++) {
            measure(false);
        }
        return measure(true);
    }

    private List<Result> measure(boolean timed) {
        this.timed = timed;
        AnalyticPhantom head = head();
        MrScanner scanner = new MrScanner(1.5);
        MrProtocol p = new MrProtocol(PulseSequence.SE, 0.5, 0.015, 0, 90, 0.24, 0.24, 256, 256, 0.005, 0, 1, 130,
                PhaseDirection.AP, 2, true, null);
        MrProtocol edited = new MrProtocol(PulseSequence.SE, 0.6, 0.02, 0, 90, 0.24, 0.24, 256, 256, 0.005, 0, 1, 130,
                PhaseDirection.AP, 2, true, null);
        CartesianRecon recon = new CartesianRecon(1, ReconWindow.NONE);
        RadialTrajectory spokes = RadialAcquisition.trajectory(p, 256, false);
        RadialKSpace radial = RadialAcquisition.acquire(head, scanner, p, spokes, ShimField.NONE, new Rng(1), Progress.NONE);
        TissueSpectra cached = MrAcquisition.spectra(head, p, ShimField.NONE, Progress.NONE);
        List<Tissue> tissues = head.tissues();
        AnalyticPhantom flat = flatHead();
        List<Result> out = new ArrayList<>();
        out.add(time("Cartesian 256² acquire, 3-D head (spectra + signals)", () -> MrAcquisition.acquire(head, scanner, p, new Rng(1))));
        out.add(time("Cartesian 256² acquire, 2-D head (spectra + signals)", () -> MrAcquisition.acquire(flat, scanner, p, new Rng(1))));
        out.add(time("Cartesian 256² contrast edit (cached spectra)", () -> MrAcquisition.acquire(cached, tissues, scanner,
                edited, ShimField.NONE, new Rng(1))));
        var k = MrAcquisition.acquire(head, scanner, p, new Rng(1));
        out.add(time("Cartesian 256² reconstruct (IFFT)", () -> recon.reconstruct(k, p)));
        out.add(time("Cartesian 256² contrast edit + reconstruct", () -> recon.reconstruct(MrAcquisition.acquire(cached, tissues,
                scanner, edited, ShimField.NONE, new Rng(1)), p)));
        Grid grid = recon.reconstruct(k, p).magnitude().grid();
        out.add(time("truth 256², 3-D head (exact slab compositions)", () -> TruthComposition.of(head, grid, 0, 0.005)));
        TruthComposition truth = TruthComposition.of(head, grid, 0, 0.005);
        out.add(time("truth 256² contrast edit (cached compositions)", () -> truth.render(new double[tissues.size()])));
        out.add(time("radial 256 spokes × 512 acquire, 3-D head", () -> RadialAcquisition.acquire(head, scanner, p, spokes,
                ShimField.NONE, new Rng(1), Progress.NONE)));
        out.add(time("radial 256 spokes × 512 gridding → 256²", () -> GriddingRecon.standard().reconstruct(radial, p)));
        out.addAll(viewerCases());
        return out;
    }

    /**
     * The viewer's case: the lesson brain-t1 (2-D head, 256², spin echo) run by the whole pipeline (acquire, IFFT,
     * truth, metrics) from scratch, and after a TE edit with the contrast-independent stages remembered.
     */
    private List<Result> viewerCases() {
        TissueLibrary tissues = TissueLibrary.load();
        ScenarioLibrary library = ScenarioLibrary.standard();
        MriJob job = new MriScenarioBinding(tissues).bind(new ScenarioLoader().load(library.resolve("mri/brain-t1"), List.of()));
        MriJob te = new MriScenarioBinding(tissues).bind(new ScenarioLoader().load(library.resolve("mri/brain-t1"),
                List.of("mri.te_ms=25")));
        MriJob edited = new MriJob(job.phantom(), job.scanner(), te.protocol(), job.recon(), job.rois(), job.seed(), job.setup());
        MriPipeline remembering = new MriPipeline(new MriSpectraMemo());
        remembering.run(job);
        List<Result> out = new ArrayList<>();
        out.add(time("brain-t1 256² pipeline, fresh", () -> new MriPipeline().run(job)));
        out.add(time("brain-t1 256² pipeline, TE edit (memo)", () -> remembering.run(edited)));
        return out;
    }

    /** The head's ellipsoids as their central ellipses, prisms along z: a 2-D phantom (one plane). */
    static AnalyticPhantom flatHead() {
        List<Region> regions = new ArrayList<>();
        for (Region r : head().regions()) {
            Ellipsoid e = (Ellipsoid) r.shape();
            regions.add(Region.of(new Ellipse(e.pose().cx(), e.pose().cy(), e.a(), e.b(), 0), r.tissue()));
        }
        return new AnalyticPhantom("bench-head-2d", regions);
    }

    private Result time(String name, Supplier<?> work) {
        if (!timed) {
            work.get();
            return new Result(name, Double.NaN, Double.NaN, 0);
        }
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            work.get();
            t[i] = (System.nanoTime() - t0) * 1e-9;
        }
        Arrays.sort(t);
        return new Result(name, t[repeats / 2], t[0], repeats);
    }

    /** A 3-D head: nested ellipsoids of fat, skull, CSF, grey and white matter and two ventricles (REPLACE). */
    static AnalyticPhantom head() {
        TissueLibrary lib = TissueLibrary.load();
        String[] names = {"adipose", "bone-cortical", "csf", "grey-matter", "white-matter", "csf", "csf"};
        double[][] e = {{0, 0, 0, 0.082, 0.102, 0.09}, {0, 0, 0, 0.074, 0.094, 0.082}, {0, 0, 0, 0.069, 0.089, 0.077},
            {0, 0, 0, 0.065, 0.085, 0.073}, {0, 0, 0, 0.05, 0.07, 0.058}, {-0.012, 0.01, 0, 0.006, 0.02, 0.015},
            {0.012, 0.01, 0, 0.006, 0.02, 0.015}};
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Tissue t = lib.find(names[i]).orElseThrow();
            regions.add(Region.of(new Ellipsoid(Pose.aboutZ(e[i][0], e[i][1], e[i][2], 0), e[i][3], e[i][4], e[i][5]), t));
        }
        return new AnalyticPhantom("bench-head-3d", regions);
    }

    /** Runs the cases and prints one line each: {@code MriBenchmark [warmups] [repeats]}. */
    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println("MRI operators, " + Runtime.getRuntime().availableProcessors() + " threads:");
        for (Result r : new MriBenchmark(warmups, repeats).runAll()) {
            System.out.println(r.describe());
        }
    }
}
