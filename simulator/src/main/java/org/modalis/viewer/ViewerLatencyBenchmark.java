package org.modalis.viewer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The viewer's responsiveness (issue: parameter change → updated image ≤ 150 ms at 256², UI ≥ 30 fps while a
 * simulation runs): opens a real window per case, warms up, then alternates one parameter between two values
 * and times each edit with {@link Viewer#timeEdit}: the edit-to-image latency, the run's own stage total, and
 * the frame rate and longest frame while the run is under way. Medians over the edits, and the latency of the first
 * edit, made once the viewer's background warm-up after the first image has ended ({@link WarmUpPlan}; the code an
 * edit runs is compiled by the JIT over its first few runs). Needs a display (Xvfb works). Run with
 * {@code modalis bench --viewer}; figures in docs/performance.md.
 */
public final class ViewerLatencyBenchmark {

    /**
     * Edits before the timed ones, alternating from the second value: the JIT compiles an edit's code over its first
     * few runs (an ultrasound frequency edit headless: 2.2, 0.9, 0.6, 0.5, 0.3 s, then 0.15–0.25 s), and a user
     * edits a parameter many times; odd, so that the timed edits start with the first value.
     */
    static final int WARM_UP_EDITS = 5;

    /**
     * One case: a lesson at an interactive size, and the parameter the edits alternate.
     *
     * @param overrides the size settings, {@code key=value}
     */
    public record Case(String label, String scenario, List<String> overrides, String key, String valueA, String valueB) {
    }

    /**
     * The cases: CT, MRI and X-ray at 256², a 64-line ultrasound frame 4 cm deep edited in its display chain
     * (gain: the echoes are reused) and in its acquisition (transmit focus: the echoes are simulated again), and
     * the transmit focus of three ultrasound lessons as shipped (32 lines over 8 mm to 20 mm deep; over 16 mm to 32 and
     * 38 mm: images of 160 × 320 and 160 × 380 pixels, about 256²), and two of them at another transmit frequency (an
     * edit after which nothing of the last frame's echoes holds).
     */
    public static List<Case> standardCases() {
        return List.of(
                new Case("CT 256², 360 views (ct/quality)", "ct/quality", List.of("recon.size=256", "ct.views=360"),
                        "ct.mas", "200", "210"),
                new Case("CT 256², 720 views (ct/quality)", "ct/quality", List.of("recon.size=256"), "ct.mas", "200", "210"),
                new Case("MRI 256² (mri/brain-t1)", "mri/brain-t1", List.of("mri.matrix_read=256", "mri.matrix_phase=256"),
                        "mri.te_ms", "15", "16"),
                new Case("X-ray 256² (xray/mas-noise)", "xray/mas-noise", List.of("xray.cols=256", "xray.rows=256",
                        "xray.pixel_mm=1"), "xray.mas", "1", "1.1"),
                new Case("Ultrasound 64 lines, 40 mm (ultrasound/speckle)", "ultrasound/speckle",
                        List.of("ultrasound.lines=64", "ultrasound.width_mm=19", "ultrasound.depth_mm=40"), "ultrasound.gain_db", "0", "1"),
                new Case("Ultrasound 64 lines, 40 mm (ultrasound/speckle)", "ultrasound/speckle",
                        List.of("ultrasound.lines=64", "ultrasound.width_mm=19", "ultrasound.depth_mm=40"), "ultrasound.focus_mm", "12", "13"),
                new Case("Ultrasound lesson as shipped (ultrasound/speckle)", "ultrasound/speckle", List.of(),
                        "ultrasound.focus_mm", "12", "13"),
                new Case("Ultrasound lesson as shipped (ultrasound/shadowing)", "ultrasound/shadowing", List.of(),
                        "ultrasound.focus_mm", "20", "21"),
                new Case("Ultrasound lesson as shipped (ultrasound/posterior-enhancement)", "ultrasound/posterior-enhancement",
                        List.of(), "ultrasound.focus_mm", "25", "26"),
                new Case("Ultrasound lesson as shipped (ultrasound/shadowing)", "ultrasound/shadowing", List.of(),
                        "ultrasound.frequency_mhz", "5", "5.5"),
                new Case("Ultrasound lesson as shipped (ultrasound/posterior-enhancement)", "ultrasound/posterior-enhancement",
                        List.of(), "ultrasound.frequency_mhz", "5", "5.5"));
    }

    /** Runs the cases, printing one Markdown row each. */
    public static void run(List<Case> cases, int edits, PrintStream out) throws ViewerUnavailableException {
        out.println("| case | edit | latency median | simulation median | frames/s while running (median) | frames drawn / all (median) | longest frame | first edit (after warm-up runs) | stages of the last edit |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (Case c : cases) {
            Viewer v = Viewer.open(c.scenario(), c.overrides(), new ViewerOptions(1200, 800, false));
            try {
                v.awaitResult(Duration.ofMinutes(2));
                // A user looks at the first image before editing: the warm-up after it (WarmUpPlan) ends first.
                long warmRuns = v.awaitWarmUp(Duration.ofMinutes(2));
                double first = v.timeEdit(c.key(), c.valueB(), Duration.ofMinutes(2)).latencySeconds();
                for (int w = 1; w < WARM_UP_EDITS; w++) {
                    v.timeEdit(c.key(), w % 2 == 0 ? c.valueB() : c.valueA(), Duration.ofMinutes(2));
                }
                double[] latency = new double[edits];
                double[] simulation = new double[edits];
                double[] fps = new double[edits];
                double[] drawn = new double[edits];
                double[] all = new double[edits];
                double longest = 0;
                List<String> stages = List.of();
                for (int e = 0; e < edits; e++) {
                    EditTiming t = v.timeEdit(c.key(), e % 2 == 0 ? c.valueA() : c.valueB(), Duration.ofMinutes(2));
                    stages = t.stages();
                    latency[e] = t.latencySeconds();
                    simulation[e] = t.simulationSeconds();
                    fps[e] = t.framesPerSecond();
                    drawn[e] = t.framesDrawn();
                    all[e] = t.frameSeconds().size();
                    longest = Math.max(longest, t.longestFrameSeconds());
                }
                out.println(String.format(Locale.ROOT, "| %s | %s %s↔%s | %.0f ms | %.0f ms | %.0f | %.0f / %.0f | %.0f ms | %.0f ms (%d) | %s |",
                        c.label(), c.key(), c.valueA(), c.valueB(), 1e3 * EditTiming.median(latency),
                        1e3 * EditTiming.median(simulation), EditTiming.median(fps), EditTiming.median(drawn),
                        EditTiming.median(all), 1e3 * longest, 1e3 * first, warmRuns, String.join(", ", stages)));
            } finally {
                v.close();
            }
        }
    }

    /** {@code java -cp modalis.jar org.modalis.viewer.ViewerLatencyBenchmark [edits]}. */
    public static void main(String[] args) throws ViewerUnavailableException {
        run(standardCases(), args.length > 0 ? Integer.parseInt(args[0]) : 7, System.out);
    }
}
