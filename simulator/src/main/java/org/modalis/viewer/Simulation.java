package org.modalis.viewer;

import java.util.List;
import java.util.Locale;
import org.modalis.UserInputException;
import org.modalis.ct.CtJob;
import org.modalis.ct.CtPipeline;
import org.modalis.ct.CtResult;
import org.modalis.ct.CtStageMemo;
import org.modalis.gpu.BackendChoice;
import org.modalis.gpu.ContextRoute;
import org.modalis.gpu.GlContext;
import org.modalis.gpu.GlUnavailableException;
import org.modalis.mri.MriJob;
import org.modalis.mri.MriPipeline;
import org.modalis.mri.MriSpectraMemo;
import org.modalis.mri.MriResult;
import org.modalis.pipeline.CtScenarioBinding;
import org.modalis.pipeline.MriScenarioBinding;
import org.modalis.pipeline.ScenarioPhantoms;
import org.modalis.pipeline.UltrasoundScenarioBinding;
import org.modalis.pipeline.XrayScenarioBinding;
import org.modalis.ultrasound.UltrasoundEchoMemo;
import org.modalis.ultrasound.UltrasoundJob;
import org.modalis.ultrasound.UltrasoundPipeline;
import org.modalis.ultrasound.UltrasoundResult;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;
import org.modalis.xray.XrayJob;
import org.modalis.xray.XrayExposureMemo;
import org.modalis.xray.XrayPipeline;
import org.modalis.xray.XrayResult;

/**
 * Runs one request on the calling (background) thread, exactly as {@code modalis run} does: load and
 * validate the scenario with the overrides, bind the job of its modality (CT, MRI, X-ray or ultrasound), run the pipeline, and
 * wrap the result in that modality's {@link ModalityView}. The tissue library (slow to load
 * the first time) is loaded once; the backend choice is kept while {@code recon.backend} stays the same.
 *
 * <p>The viewer's window has its own GLFW context; the gpu package's fallback route is a hidden GLFW window
 * whose release terminates GLFW, which would destroy the viewer's window. So the GPU backprojector is offered
 * only where a headless EGL context can be made ({@link ContextRoute#EGL}); otherwise the CPU twin runs.
 * No GL object is ever shared between the two contexts.
 */
final class Simulation implements AutoCloseable {

    private final ScenarioLoader loader = new ScenarioLoader();
    private TissueLibrary tissues;
    /** Kept across runs: an edit that leaves the phantom and the noise-free CT stages unchanged reuses them. */
    private ScenarioPhantoms phantoms;
    /** Per modality, the shipped phantoms whose every tissue has that modality's properties (found once). */
    private ModalityPhantoms phantomMenu;
    /** What earlier runs left for the next edit to reuse (warm-up runs use a set of their own). */
    private Memos memos = new Memos();
    /**
     * The stages each modality's edits reuse:
     *
     * @param ct    CT: an mAs, seed, noise or reconstruction edit reuses the noise-free projection and truth
     * @param mri   MRI: a TR/TE/flip edit re-weights the cached per-tissue spectra instead of re-evaluating the shapes
     * @param us    ultrasound: a gain, TGC or dynamic-range edit re-runs only the display chain on the remembered
     *              echoes; a transmit-focus edit reuses the medium, the sources and the receive fields
     * @param xray  X-ray: an mAs, noise or readout edit scales the remembered noise-free exposure instead of tracing
     */
    private record Memos(CtStageMemo ct, MriSpectraMemo mri, UltrasoundEchoMemo us, XrayExposureMemo xray) {
        Memos() {
            this(new CtStageMemo(), new MriSpectraMemo(), new UltrasoundEchoMemo(), new XrayExposureMemo());
        }
    }

    private String backendMode;
    private BackendChoice choice;
    private String backendLine;

    /** Runs the request; a user mistake becomes a failed outcome, a defect propagates. */
    SimulationOutcome run(long generation, SimulationRequest request, RunProgress progress) {
        Scenario sc;
        try {
            sc = loader.load(request.source(), request.overrideList());
            if (!List.of("ct", "mri", "xray", "ultrasound").contains(sc.modality())) {
                return SimulationOutcome.failed(generation, request, "modality '" + sc.modality() + "' cannot be viewed yet");
            }
            progress.checkCancelled();
            if (tissues == null) {
                tissues = TissueLibrary.load();
                phantoms = ScenarioPhantoms.remembering(tissues);
                phantomMenu = new ModalityPhantoms(tissues);
            }
            SimulationOutcome outcome = switch (sc.modality()) {
                case "ct" -> ct(generation, request, sc, progress);
                case "mri" -> mri(generation, request, sc, progress);
                case "xray" -> xray(generation, request, sc, progress);
                default -> ultrasound(generation, request, sc, progress);
            };
            return outcome.ok() ? outcome.withPhantoms(phantomMenu.of(sc.modality())) : outcome;
        } catch (UserInputException e) {
            return SimulationOutcome.failed(generation, request, e.describe());
        }
    }

    /**
     * Runs {@code plan}'s requests one after the other, within its time budget, with memos of their own, then drops
     * them: the edits' code is compiled by the JIT while the memos of the runs shown stay as they were (the next edit
     * reuses what the last shown run left). Outcomes are discarded; a user mistake in one is ignored. {@code done} is
     * told of each finished run.
     *
     * @throws RunProgress.Superseded once {@code progress} is cancelled (at its next report)
     */
    void warmUp(WarmUpPlan plan, RunProgress progress, Runnable done) {
        Memos shown = memos;
        memos = new Memos();
        long deadline = System.nanoTime() + (long) (WarmUpPlan.BUDGET_SECONDS * 1e9);
        try {
            for (SimulationRequest r : plan.runs()) {
                progress.checkCancelled();
                if (System.nanoTime() > deadline) {
                    break;
                }
                run(0, r, progress);
                done.run();
            }
        } finally {
            memos = shown;
        }
    }

    /** Runs the shown runs' CT memo answered from memory: projections, truths (test hook). */
    long[] ctMemoHits() {
        return memos.ct().hits();
    }

    private SimulationOutcome ct(long generation, SimulationRequest request, Scenario sc, RunProgress progress) {
        CtJob job = new CtScenarioBinding(phantoms).bind(sc);
        BackendChoice backend = backend(sc.section("recon").getString("backend"));
        String name = backend.backend().name().toLowerCase(Locale.ROOT);
        CtResult result = new CtPipeline(tissues, backend.backprojector(), name, memos.ct()).run(job, progress);
        return new SimulationOutcome(generation, request, sc, new CtView(job, result), backendLine, null);
    }

    /** MRI runs on the CPU (no GPU twin yet); it reports each phase line, so a newer edit cancels it there. */
    private SimulationOutcome mri(long generation, SimulationRequest request, Scenario sc, RunProgress progress) {
        MriJob job = new MriScenarioBinding(phantoms).bind(sc);
        MriResult result = new MriPipeline(memos.mri()).run(job, progress);
        return new SimulationOutcome(generation, request, sc, new MriView(job, result),
                "backend cpu: MRI k-space encoding and IFFT run on the CPU (no GPU twin yet)", null);
    }

    /** Radiography runs on the CPU (no GPU twin of the projector's per-pixel spectrum sum yet). */
    private SimulationOutcome xray(long generation, SimulationRequest request, Scenario sc, RunProgress progress) {
        XrayJob job = new XrayScenarioBinding(phantoms).bind(sc);
        XrayResult result = new XrayPipeline(memos.xray()).run(job, progress);
        return new SimulationOutcome(generation, request, sc, new XrayView(job, result),
                "backend cpu: the X-ray projection runs on the CPU (no GPU twin yet)", null);
    }

    /** B-mode runs on the CPU here (the GL delay-and-sum twin is not wired beside the viewer's window). */
    private SimulationOutcome ultrasound(long generation, SimulationRequest request, Scenario sc, RunProgress progress) {
        String mode = sc.section("ultrasound").getString("mode");
        if (!mode.equals("b-mode")) {
            return SimulationOutcome.failed(generation, request, "ultrasound.mode " + mode + " runs from the command line"
                    + " ('modalis run " + sc.name() + "'): the viewer shows B-mode; set ultrasound.mode=b-mode to image the phantom");
        }
        UltrasoundJob job = new UltrasoundScenarioBinding(phantoms).bind(sc);
        UltrasoundResult result = new UltrasoundPipeline(memos.us()).run(job, progress);
        return new SimulationOutcome(generation, request, sc, new UltrasoundView(job, result),
                "backend cpu: the pulse-echo simulation (beam-domain or per-element channels and delay-and-sum) runs on the CPU", null);
    }

    private BackendChoice backend(String mode) {
        if (choice != null && mode.equals(backendMode)) {
            return choice;
        }
        close();
        backendMode = mode;
        boolean egl = eglAvailable(mode);
        choice = BackendChoice.choose(egl ? mode : "cpu");
        backendLine = egl || mode.equalsIgnoreCase("cpu") ? choice.describe()
                : "backend cpu: " + choice.description() + " (recon.backend " + mode
                        + ": no headless EGL context beside the viewer's window: using CPU)";
        return choice;
    }

    /** Whether the gpu package can open a headless EGL context (so it never falls back to GLFW). */
    private static boolean eglAvailable(String mode) {
        if (mode.equalsIgnoreCase("cpu")) {
            return false;
        }
        try (GlContext probe = GlContext.create(ContextRoute.EGL)) {
            return probe != null;
        } catch (GlUnavailableException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (choice != null) {
            choice.close();
            choice = null;
        }
    }
}
