package org.modalis.mri;

import java.util.ArrayList;
import java.util.List;
import org.modalis.image.Image;
import org.modalis.metrics.Metric;
import org.modalis.metrics.MetricSet;
import org.modalis.metrics.RoiStatistics;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;
import org.modalis.pipeline.Trace;
import org.modalis.tissue.MrProperties;

/**
 * MRI end to end: acquire the analytic k-space, reconstruct, rasterize the truth, measure. Each stage is
 * timed in a {@link Trace}. Metrics: per ROI mean and sd; with a ROI named "background", the noise σ
 * (Rayleigh-corrected), SNR of every other ROI and CNR of every pair; "ghost" → ghost-to-signal ratio;
 * "fat-marker" → measured chemical shift in pixels beside the predicted Δf/BW_pixel; always the Gibbs
 * overshoot against the truth and the scan time. ROIs that fall outside the imaged field of view are skipped.
 * The contrast-independent stages (per-tissue k-space spectra, truth compositions) come from a
 * {@link MriSpectraMemo} when the previous run had the same geometry.
 */
public final class MriPipeline {

    /** The backend name the trace records for the stages that always run on the CPU. */
    private static final String BACKEND = "cpu";

    private final Gridder gridder;
    private final String gridderBackend;
    private final MriSpectraMemo memo;

    /** A pipeline on the CPU. */
    public MriPipeline() {
        this(new CpuGridder(), BACKEND);
    }

    /**
     * A pipeline on the CPU that reuses the contrast-independent stages of its previous run from {@code memo}
     * (a viewer keeps one memo for all its runs).
     */
    public MriPipeline(MriSpectraMemo memo) {
        this(new CpuGridder(), BACKEND, memo);
    }

    /**
     * A pipeline whose radial gridding spreads with {@code gridder} (e.g. the GL twin), named {@code backend}
     * in the trace.
     */
    public MriPipeline(Gridder gridder, String backend) {
        this(gridder, backend, new MriSpectraMemo());
    }

    /** As {@link #MriPipeline(Gridder, String)}, reusing stages through {@code memo}. */
    public MriPipeline(Gridder gridder, String backend, MriSpectraMemo memo) {
        this.gridder = gridder;
        this.gridderBackend = backend;
        this.memo = java.util.Objects.requireNonNull(memo, "memo");
    }

    public MriResult run(MriJob job) {
        return run(job, Progress.NONE);
    }

    /** Runs the job, telling {@code progress} each acquired phase line (the viewer cancels through it). */
    public MriResult run(MriJob job, Progress progress) {
        Trace trace = new Trace();
        MrProtocol p = job.protocol();
        MrSetup setup = job.setup();
        KSpace raw;
        MrImages images;
        List<KSpace> coilData = List.of();
        List<Image> echoImages = List.of();
        Image gFactor = null;
        if (setup.coils() != null) {
            coilData = trace.time("acquire (analytic k-space, " + setup.coils().size() + " coils)", BACKEND,
                    () -> acquireCoils(job, progress));
            if (setup.sense() > 1) {
                List<KSpace> reduced = coilData.stream().map(SenseRecon::undersample).toList();
                coilData = reduced;
                SenseRecon.Result sense = trace.time("reconstruct (SENSE R = 2 unfolding)", BACKEND,
                        () -> SenseRecon.reconstruct(reduced, setup.coils(), p, job.recon()));
                images = sense.images();
                gFactor = sense.gFactor();
            } else {
                List<KSpace> all = coilData;
                images = trace.time("reconstruct (IFFT per coil, RSS)", BACKEND, () -> RssRecon.reconstruct(all, p, job.recon()));
            }
            raw = coilData.get(0);
        } else if (setup.radial() != null) {
            RadialKSpace radial = trace.time("acquire (analytic radial k-space)", BACKEND, () -> RadialAcquisition.acquire(
                    memo.radial(job.phantom(), p, setup.radial(), setup.shim(), progress), job.phantom().tissues(),
                    job.scanner(), p, setup.radial(), setup.shim(), new Rng(job.seed())));
            raw = radial.asSpokeRows();
            images = trace.time("reconstruct (Kaiser–Bessel gridding)", gridderBackend,
                    () -> GriddingRecon.standard(gridder).reconstruct(radial, p));
        } else if (setup.echoes() > 1) {
            List<KSpace> series = trace.time("acquire (analytic k-space, " + setup.echoes() + " echoes)", BACKEND,
                    () -> acquireEchoes(job, progress));
            raw = series.get(0);
            List<MrImages> perEcho = trace.time("reconstruct (IFFT per echo)", BACKEND,
                    () -> series.stream().map(k -> job.recon().reconstruct(k, p)).toList());
            images = perEcho.get(0);
            echoImages = perEcho.stream().map(MrImages::magnitude).toList();
        } else {
            raw = trace.time("acquire (analytic k-space)", BACKEND, () -> acquireCartesian(job, progress));
            images = trace.time("reconstruct (IFFT)", BACKEND, () -> job.recon().reconstruct(raw, p));
        }
        double[] signal = setup.echoes() > 1 ? TissueSignals.cpmg(job.phantom().tissues(), job.scanner(), p, setup.echoes())[0]
                : TissueSignals.of(job.phantom().tissues(), job.scanner(), p).signal();
        Image truth = trace.time("truth", BACKEND,
                () -> memo.truth(job.phantom(), images.magnitude().grid(), p).render(signal));
        Image g = gFactor;
        List<Image> echoes = echoImages;
        MetricSet metrics = trace.time("metrics", BACKEND, () -> metrics(job, images.magnitude(), truth, g, echoes));
        return new MriResult(raw, images, truth, metrics, trace, coilData, echoes);
    }

    /**
     * The k-spaces of a multi-echo spin echo, echo 1 first: the same cached spectra weighted by each echo's
     * signals; echo 1's noise is drawn from the job's seed as for a single image, echo n's from its own stream.
     */
    private List<KSpace> acquireEchoes(MriJob job, Progress progress) {
        MrProtocol p = job.protocol();
        ShimField shim = job.setup().shim();
        TissueSpectra spectra = memo.cartesian(job.phantom(), p, shim, progress);
        List<KSpace> out = new ArrayList<>();
        for (int n = 1; n <= job.setup().echoes(); n++) {
            Rng rng = n == 1 ? new Rng(job.seed()) : new Rng(job.seed()).stream(n);
            KSpace k = MrAcquisition.acquireEcho(spectra, job.phantom().tissues(), job.scanner(), p, job.setup().echoes(), n,
                    shim, rng);
            addFaults(k, job, rng);
            out.add(k);
        }
        return out;
    }

    /** Each coil's Cartesian k-space, with the receive-chain faults added to every coil. */
    private static List<KSpace> acquireCoils(MriJob job, Progress progress) {
        Rng rng = new Rng(job.seed());
        List<KSpace> ks = MultiCoilAcquisition.acquire(job.phantom(), job.scanner(), job.protocol(), job.setup().shim(),
                job.setup().coils(), rng, progress);
        for (KSpace k : ks) {
            addFaults(k, job, rng);
        }
        return ks;
    }

    /** Cartesian k-space in the job's magnet, with its receive-chain faults added after the noise. */
    private KSpace acquireCartesian(MriJob job, Progress progress) {
        Rng rng = new Rng(job.seed());
        ShimField shim = job.setup().shim();
        TissueSpectra spectra = memo.cartesian(job.phantom(), job.protocol(), shim, progress);
        KSpace k = MrAcquisition.acquire(spectra, job.phantom().tissues(), job.scanner(), job.protocol(), shim, rng);
        addFaults(k, job, rng);
        return k;
    }

    /** The job's receive-chain faults (RF spike, zipper), added to {@code k} after its noise. */
    private static void addFaults(KSpace k, MriJob job, Rng rng) {
        for (KSpaceFault f : job.setup().faults()) {
            f.apply(k, job.protocol(), rng);
        }
    }

    private static MetricSet metrics(MriJob job, Image image, Image truth, Image gFactor, List<Image> echoes) {
        List<Metric> out = new ArrayList<>();
        MrProtocol p = job.protocol();
        RadialTrajectory radial = job.setup().radial();
        String perTrain = p.sequence() == PulseSequence.FSE ? " / ETL" : "";
        out.add(radial == null ? new Metric("scan_time_s", p.scanTime() / job.setup().sense(), "s", "TR × phase lines" + perTrain
                + " × NEX / R")
                : new Metric("scan_time_s", RadialAcquisition.scanTime(p, radial), "s", "TR × spokes × NEX"));
        if (gFactor != null) {
            addGFactor(out, gFactor, truth);
        }
        out.add(finite("gibbs_overshoot_pct", MriMetrics.overshootPercent(image, truth), "%",
                "100·(max image − max truth)/max truth"));
        job.phantom().tissues().stream().map(t -> t.mri()).filter(m -> m != null && m.chemicalShiftPpm() != 0)
                .findFirst().ifPresent(m -> out.add(new Metric("fat_shift_expected_px", predictedShiftPixels(job.scanner(), p, m),
                        "px", "predicted displacement along readout of the shifted tissue (" + m.chemicalShiftPpm()
                        + " ppm): Δf / BW per pixel")));
        RoiStatistics background = null;
        List<String> names = new ArrayList<>();
        List<RoiStatistics> stats = new ArrayList<>();
        for (MriJob.NamedRoi r : job.rois()) {
            if (r.roi().indices(image.grid(), 0).length < 2) {
                continue;   // outside a reduced field of view (e.g. the wrap-around lesson): nothing to measure
            }
            RoiStatistics s = RoiStatistics.measure(image, r.roi());
            out.add(new Metric("roi." + r.name() + ".mean", s.mean(), "a.u.", "mean magnitude in " + r.roi().describe()));
            out.add(finite("roi." + r.name() + ".sd", s.standardDeviation(), "a.u.", "sample sd in " + r.roi().describe()));
            switch (r.name()) {
                case "background" -> background = s;
                case "ghost" -> out.add(finite("ghost_to_signal", MriMetrics.ghostToSignal(image, truth, r.roi()), "1",
                        "mean in the ghost ROI / mean over the object"));
                case "fat-marker" -> out.add(finite("fat_shift_px",
                        MriMetrics.centroidShiftPixels(image, r.roi(), p.phaseDirection() == PhaseDirection.AP), "px",
                        "centroid of the fat marker along readout − its true centre"));
                case "marker" -> addMarkerShift(out, job, image, r.roi());
                default -> {
                    names.add(r.name());
                    stats.add(s);
                    if (echoes.size() > 1) {
                        out.add(finite("roi." + r.name() + ".t2_fit_ms", 1e3 * MultiEchoFit.t2(echoes, r.roi(), p.te()), "ms",
                                "T2 from a log-linear fit of the ROI means over the " + echoes.size() + " echoes (TE, 2·TE, …)"));
                    }
                }
            }
        }
        if (background != null && background.standardDeviation() > 0) {
            addNoiseMetrics(out, background, names, stats);
        }
        // A ratio with a vanishing denominator (a nulled marker, an all-dark truth) has no value: leave it out.
        out.removeIf(m -> m == null);
        return new MetricSet(out);
    }

    /** Mean and maximum SENSE g-factor over the object (truth above 5 % of its maximum). */
    private static void addGFactor(List<Metric> out, Image g, Image truth) {
        double max = 0, sum = 0, peak = truth.window().level() + truth.window().width() / 2;
        int n = 0;
        for (int i = 0; i < g.data().length; i++) {
            if (truth.data()[i] > 0.05 * peak && g.data()[i] > 0) {
                sum += g.data()[i];
                max = Math.max(max, g.data()[i]);
                n++;
            }
        }
        if (n > 0) {
            out.add(new Metric("g_factor_mean", sum / n, "1", "mean SENSE geometry factor over the object"));
            out.add(new Metric("g_factor_max", max, "1", "maximum SENSE geometry factor over the object"));
        }
    }

    /** The metric, or null (dropped) when its value is not finite. */
    private static Metric finite(String name, double value, String unit, String description) {
        return Double.isFinite(value) ? new Metric(name, value, unit, description) : null;
    }

    private static void addNoiseMetrics(List<Metric> out, RoiStatistics bg, List<String> names, List<RoiStatistics> stats) {
        out.add(new Metric("noise_sigma", MriMetrics.noiseSigma(bg), "a.u.", "background sd / 0.655 (Rayleigh)"));
        out.add(new Metric("background_mean_over_sd", bg.mean() / bg.standardDeviation(), "1",
                "Rayleigh background: 1.913 for pure noise"));
        for (int i = 0; i < names.size(); i++) {
            out.add(new Metric("roi." + names.get(i) + ".snr", MriMetrics.snr(stats.get(i), bg), "1",
                    "mean / Rayleigh-corrected background σ"));
            for (int j = i + 1; j < names.size(); j++) {
                out.add(new Metric("cnr." + names.get(i) + "." + names.get(j), MriMetrics.cnr(stats.get(i), stats.get(j), bg), "1",
                        "|mean difference| / Rayleigh-corrected background σ"));
            }
        }
    }

    /**
     * For a ROI named "marker": its measured centroid shift along readout and the shift Δf(x, y)/BW_pixel that
     * the field error predicts at the ROI centre (off-resonance distortion, {@link ShimField}).
     */
    private static void addMarkerShift(List<Metric> out, MriJob job, Image image, org.modalis.metrics.CircularRoi roi) {
        MrProtocol p = job.protocol();
        out.add(finite("marker_shift_px", MriMetrics.centroidShiftPixels(image, roi, p.phaseDirection() == PhaseDirection.AP),
                "px", "centroid of the marker along readout − its true centre"));
        out.add(new Metric("marker_shift_expected_px", job.setup().shim().offsetAt(roi.centreX(), roi.centreY()) / p.bandwidthPerPixelHz(),
                "px", "field offset at the marker / BW per pixel"));
    }

    /** Predicted displacement [px] of a tissue's signal along readout: Δf / BW per pixel. */
    public static double predictedShiftPixels(MrScanner scanner, MrProtocol protocol, MrProperties tissue) {
        return scanner.offsetHz(tissue.chemicalShiftPpm()) / protocol.bandwidthPerPixelHz();
    }
}
