package org.modalis.viewer;

import imgui.ImGui;
import imgui.flag.ImGuiCond;
import imgui.flag.ImGuiWindowFlags;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modalis.UserInputException;
import org.modalis.image.Window;
import org.modalis.io.PngRowOrder;
import org.modalis.io.PngWriter;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioSource;

/**
 * {@code modalis view}: the interactive viewer of CT, MRI and X-ray runs (what each modality shows is its
 * {@link ModalityView}). One window thread (the thread that called {@link #open})
 * owns the GLFW window, its GL context and every GL call; the simulation runs on a {@link LatestWinsRunner}
 * and the window thread only windows its float images and uploads them as textures.
 *
 * <p>The public methods are also the test hook: they do what the widgets do (set a parameter, a window, the
 * sweep, an ROI) and {@link #capture()} renders a frame and reads the framebuffer back, so tests drive the
 * viewer as a user would without clicking pixels. Call them on the window thread only.
 */
public final class Viewer implements AutoCloseable {

    /** The panels tile the window; their background is the frame's clear colour ({@link WindowBackground}). */
    private static final int FIXED = ImGuiWindowFlags.NoResize | ImGuiWindowFlags.NoMove | ImGuiWindowFlags.NoCollapse
            | ImGuiWindowFlags.NoBackground;
    private static final int CONTROL_WIDTH = 380;
    /**
     * Frame period while a simulation runs: 36 frames/s keeps the UI above the 30 frames/s the issue asks for,
     * and the pause between frames leaves the cores to the simulation (software OpenGL draws on the same CPUs);
     * the pause ends the moment the result is published, so it never delays the frame that shows it.
     */
    private static final long BUSY_FRAME_NANOS = 1_000_000_000L / 36;
    /**
     * Frame period of an idle window whose frames are kept ({@link DrawSignature}): without a swap nothing else
     * paces the loop, and input wakes it at once ({@code glfwWaitEventsTimeout}).
     */
    private static final long IDLE_FRAME_NANOS = 1_000_000_000L / 60;

    private final ViewerWindow window;
    private final LatestWinsRunner runner = new LatestWinsRunner();
    /** Modalities and their lessons, read once from the scenario index (the modality and scenario combos). */
    private final ScenarioMenu menu = new ScenarioMenu(ScenarioLibrary.standard().inIndexOrder());
    private final SweepReconstructor sweeper = new SweepReconstructor();
    private final ViewerState state;
    private final Map<PanelKind, ImagePanel> panels = new EnumMap<>(PanelKind.class);
    private final ControlPanel control;
    private final InfoPanel info;
    private final ProfilePanel profile = new ProfilePanel();
    private final LessonPanel lesson = new LessonPanel();
    private final long startNanos = System.nanoTime();
    private long shownGeneration;
    private boolean windowFromScenario = true;
    private Path pendingScreenshot;
    private final boolean warmUp;
    /** Whether the next result shown is a newly opened scenario's first, after which the edits are warmed up. */
    private boolean warmUpPending = true;

    private Viewer(ViewerWindow window, ScenarioSource source, OverrideSet overrides, boolean warmUp) {
        this.window = window;
        this.warmUp = warmUp;
        this.state = new ViewerState(source, overrides);
        for (PanelKind k : PanelKind.values()) {
            panels.put(k, new ImagePanel(k, window.damage()));
        }
        this.control = new ControlPanel(this, menu);
        this.info = new InfoPanel(runner);
    }

    /**
     * Opens the window on the calling thread and starts the first run of {@code scenario} (a file or a
     * built-in name) with {@code overrides} ({@code key=value}).
     *
     * @throws UserInputException         if the scenario cannot be found
     * @throws ViewerUnavailableException if no window can be opened (no display, no OpenGL 3.3)
     */
    public static Viewer open(String scenario, List<String> overrides, ViewerOptions options) throws ViewerUnavailableException {
        ScenarioSource source = ScenarioLibrary.standard().resolve(scenario);
        OverrideSet set = OverrideSet.of(overrides);
        ViewerWindow w = ViewerWindow.open("Modalis — " + source.name(), options);
        Viewer v = new Viewer(w, source, set, options.warmUp());
        v.submit();
        return v;
    }

    /** Renders frames until the user closes the window. */
    public void runUntilClosed() {
        while (!window.shouldClose()) {
            pacedFrame();
        }
    }

    /** Runs the window loop as {@link #runUntilClosed} does for {@code d} (test hook); returns the frames it ran. */
    public int runFor(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        int frames = 0;
        while (System.nanoTime() < end && !window.shouldClose()) {
            pacedFrame();
            frames++;
        }
        return frames;
    }

    /** One frame, then while a simulation runs a pause to the busy frame period that its result cuts short. */
    private void pacedFrame() {
        long start = System.nanoTime();
        frame(false);
        if (runner.busy()) {
            try {
                runner.awaitOutcome(BUSY_FRAME_NANOS - (System.nanoTime() - start));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (window.lastFrameKept()) {
            // nothing changed and no swap waited for the display: sleep until input or the next 60 Hz tick
            window.waitForEvents(IDLE_FRAME_NANOS - (System.nanoTime() - start));
        }
    }

    /** Renders one frame; with {@code capture}, returns the framebuffer read back before the swap. */
    public Screenshot frame(boolean capture) {
        return frame(capture, null);
    }

    /**
     * Renders one frame with the mouse in the given state instead of the real one (test hook for the mouse
     * habits; a drag is a sequence of frames with the button held).
     */
    public Screenshot frame(boolean capture, SyntheticMouse mouse) {
        poll();
        followSweep();
        window.beginFrame(mouse);
        layout();
        Screenshot shot = window.endFrame(capture || pendingScreenshot != null);
        if (pendingScreenshot != null) {
            writeScreenshot(shot);
        }
        return shot;
    }

    /** Renders a frame and returns what it shows. */
    public Screenshot capture() {
        return frame(true);
    }

    /** Renders frames until the newest request has its outcome shown (or its error reported). */
    public SimulationOutcome awaitResult(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (runner.busy() || shownGeneration != runner.newest()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no simulation result within " + timeout + " (stage "
                        + runner.progress().task() + ")");
            }
            frame(false);
            sleepBriefly();
        }
        frame(false);
        return runner.latest().orElseThrow();
    }

    /**
     * Renders frames until the background warm-up after the first image ({@link WarmUpPlan}) has ended; returns the
     * warm-up runs made so far (test and benchmark hook: a user looking at the first image for a few seconds).
     */
    public long awaitWarmUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (runner.busy() || shownGeneration != runner.newest() || runner.warmingUp()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the warm-up did not end within " + timeout);
            }
            pacedFrame();
        }
        return runner.warmUpRuns();
    }

    /**
     * Benchmark hook: sets a parameter as its widget does, then renders frames as {@link #runUntilClosed} does
     * (paced to the busy frame period, woken by the result) until the frame that shows the new run, timing the whole (the edit-to-image latency a user sees) and each frame
     * meanwhile (whether the UI stays responsive while the simulation runs on its worker).
     */
    public EditTiming timeEdit(String key, String value, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long drawnBefore = window.frameCounts()[0];
        set(key, value);
        java.util.List<Double> frames = new java.util.ArrayList<>();
        long last = start;
        while (runner.busy() || shownGeneration != runner.newest()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no simulation result within " + timeout);
            }
            pacedFrame();
            long now = System.nanoTime();
            frames.add((now - last) * 1e-9);
            last = now;
        }
        // The loop ends after the frame that took the result (poll) and drew it: the user sees it at its swap.
        double latency = (System.nanoTime() - start) * 1e-9;
        SimulationOutcome o = runner.latest().orElseThrow();
        if (!o.ok()) {
            throw new IllegalStateException("the edit " + key + "=" + value + " failed: " + o.error());
        }
        List<String> stages = o.view().trace().stages().stream()
                .map(st -> String.format(java.util.Locale.ROOT, "%s %.0f ms", st.name(), st.seconds() * 1e3)).toList();
        return new EditTiming(latency, frames, o.view().trace().totalSeconds(), stages,
                (int) (window.frameCounts()[0] - drawnBefore));
    }

    // ---- what the widgets do (and the test hook) ----

    /** Sets a parameter as its widget does: an override, validated by the loader, and a new background run. */
    public void set(String key, String value) {
        state.overrides = state.overrides.with(key, value);
        submit();
    }

    /** Opens another scenario (file or built-in name), dropping the edits. */
    public void open(String nameOrPath) {
        try {
            state.source = ScenarioLibrary.standard().resolve(nameOrPath);
            state.overrides = OverrideSet.none();
            state.compareA = null;
            state.sweepViews = -1;
            windowFromScenario = true;
            warmUpPending = true;
            window.setTitle("Modalis — " + state.source.name());
            submit();
        } catch (UserInputException e) {
            state.error = e.describe();
        }
    }

    /** Opens the first scenario of {@code modality} ("ct", "mri", "xray", "ultrasound"), as the modality menu does. */
    public void openModality(String modality) {
        open(menu.starter(modality));
    }

    public void resetOverrides() {
        state.overrides = OverrideSet.none();
        submit();
    }

    /** Frames rasterised and frames kept unchanged since the window opened ({@link DrawSignature}). */
    public long[] frameCounts() {
        return window.frameCounts();
    }

    public void setWindow(Window w) {
        state.window = w;
    }

    public Window displayWindow() {
        return state.window;
    }

    /**
     * Shows the raw data up to {@code views} acquired rows (CT views, MRI phase lines; −1: all). For MRI the
     * reconstruction panel then shows the image of the partly filled k-space, computed on a worker.
     */
    public void setSweepViews(int views) {
        state.sweepViews = views;
    }

    /**
     * Renders frames until the reconstruction panel shows the image of the current sweep position (MRI: the
     * partly filled k-space's reconstruction) and returns that image.
     */
    public org.modalis.image.Image awaitSweep(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        frame(false);
        while (state.sweepReconstructs() && !showsCurrentSweep()) {
            sweeper.defect().ifPresent(e -> {
                throw new IllegalStateException("the sweep reconstruction failed", e);
            });
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no sweep reconstruction within " + timeout);
            }
            sleepBriefly();
            frame(false);
        }
        return state.imageShown();
    }

    private boolean showsCurrentSweep() {
        SweepReconstructor.Partial p = state.partial;
        return p != null && p.view() == state.view() && p.rows() == state.acquiredViews();
    }

    /** The image the reconstruction panel shows (during an MRI sweep, the partly filled k-space's image). */
    public Optional<org.modalis.image.Image> imageShown() {
        return Optional.ofNullable(state.shown == null ? null : state.imageShown());
    }

    /** What a left drag on an image does. */
    public void setTool(Tool tool) {
        state.tool = tool;
    }

    /** The read-out of the pixel under the cursor ("image  x 1.0 mm, y 2.0 mm: 35.2 HU"), or "". */
    public String hoverText() {
        return state.hover;
    }

    /** The ROI drawn, if any. */
    public Optional<RoiCircle> roi() {
        return Optional.ofNullable(state.roi);
    }

    public void setRoi(RoiCircle roi) {
        state.roi = roi;
    }

    public void setProfile(ProfileLine line) {
        state.line = line;
    }

    /** Keeps the current result as A of the comparison. */
    public void keepAsA() {
        state.compareA = state.shown;
    }

    public void setCompare(CompareMode mode) {
        state.compare = mode;
    }

    /** The result on screen, if any. */
    public Optional<SimulationOutcome> shown() {
        return Optional.ofNullable(state.shown);
    }

    /** The error of the newest request (an invalid override), if any. */
    public Optional<String> error() {
        return Optional.ofNullable(state.error);
    }

    /** Where a panel drew its image in the last frame (screen pixels); null before the first result. */
    public ViewTransform.Placement placement(PanelKind kind) {
        return panels.get(kind).placement();
    }

    public ViewTransform view(PanelKind kind) {
        return panels.get(kind).view();
    }

    /** Zoom 1, centred, in every panel. */
    public void resetViews() {
        panels.values().forEach(p -> p.view().reset());
    }

    /** Saves the current set-up as a scenario file (the original plus the overrides). */
    public void saveScenario(Path file) {
        try {
            ScenarioWriter.write(file, state.source, state.overrides);
            state.notice = "saved " + file.toAbsolutePath().normalize();
        } catch (IOException | UserInputException e) {
            state.notice = "could not save: " + e.getMessage();
        }
    }

    /**
     * Writes the data as {@code modalis run} does, plus {@code view-image.png} (the reconstruction in the window
     * shown now) and {@code view.png} (the whole window as it is now, written after the next frame).
     */
    public void export(Path dir) {
        if (state.shown == null) {
            state.notice = "nothing to export yet";
            return;
        }
        try {
            state.shown.view().export(dir, state.shown.scenario());
            try (var out = java.nio.file.Files.newOutputStream(dir.resolve("view-image.png"))) {
                PngWriter.writeGrey(out, state.image(), 0, state.window, PngRowOrder.LARGEST_Y_AT_TOP);
            }
            pendingScreenshot = dir.resolve("view.png");
            state.notice = "exported to " + dir.toAbsolutePath().normalize();
        } catch (UserInputException | IOException | java.io.UncheckedIOException e) {
            state.notice = "could not export: " + e.getMessage();
        }
    }

    // ---- internals ----

    private void submit() {
        runner.submit(new SimulationRequest(state.source, state.overrides));
    }

    /** Takes the newest outcome: a result replaces the one shown; an error is shown beside it. */
    private void poll() {
        Optional<SimulationOutcome> o = runner.latest();
        if (o.isEmpty() || o.get().generation() == shownGeneration) {
            return;
        }
        SimulationOutcome out = o.get();
        shownGeneration = out.generation();
        if (!out.ok()) {
            state.error = out.error();
            return;
        }
        state.error = null;
        state.shown = out;
        if (warmUpPending) {
            warmUpPending = false;
            if (warmUp) {
                runner.warmUp(WarmUpPlan.after(out));
            }
        }
        if (windowFromScenario) {
            state.window = out.scenario().displayWindow().orElse(out.view().defaultWindow());
            windowFromScenario = false;
        }
    }

    /** During an MRI sweep, asks the worker for the current position's image and takes the newest one. */
    private void followSweep() {
        if (state.sweepReconstructs()) {
            sweeper.request(state.view(), state.acquiredViews());
        }
        state.partial = sweeper.latest().orElse(null);
    }

    private void layout() {
        int[] size = window.windowSize();
        float w = size[0];
        float h = size[1];
        float imagesW = w - CONTROL_WIDTH;
        float imagesH = Math.round(h * 0.56f);
        place("Controls", 0, 0, CONTROL_WIDTH, h, () -> control.draw(state));
        state.hover = ""; // the image panel under the cursor sets it again below, before Read-outs draws it
        double t = (System.nanoTime() - startNanos) * 1e-9;
        float pw = imagesW / 3;
        int i = 0;
        for (PanelKind k : PanelKind.values()) {
            // "###" keeps the ImGui window's identity while its title follows the modality shown
            String title = (state.shown == null ? k.title() : state.view().title(k)) + "###" + k.name();
            place(title, CONTROL_WIDTH + i++ * pw, 0, pw, imagesH, () -> panels.get(k).draw(state, t));
        }
        float bottom = h - imagesH;
        place("Read-outs", CONTROL_WIDTH, imagesH, imagesW * 0.42f, bottom, () -> info.draw(state));
        place("Profile", CONTROL_WIDTH + imagesW * 0.42f, imagesH, imagesW * 0.28f, bottom, () -> profile.draw(state));
        place("What to look for", CONTROL_WIDTH + imagesW * 0.70f, imagesH, imagesW * 0.30f, bottom, () -> lesson.draw(state));
        ImGui.endFrame();
    }

    private static void place(String title, float x, float y, float w, float h, Runnable body) {
        ImGui.setNextWindowPos(x, y, ImGuiCond.Always);
        ImGui.setNextWindowSize(w, h, ImGuiCond.Always);
        if (ImGui.begin(title, FIXED)) {
            body.run();
        }
        ImGui.end();
    }

    private void writeScreenshot(Screenshot shot) {
        Path file = pendingScreenshot;
        pendingScreenshot = null;
        try {
            shot.writePng(file);
        } catch (IOException e) {
            state.notice = "could not write " + file + ": " + e.getMessage();
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the simulation, frees the textures, closes the window. */
    @Override
    public void close() {
        runner.close();
        sweeper.close();
        panels.values().forEach(ImagePanel::close);
        window.close();
    }
}
