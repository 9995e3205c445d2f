package org.modalis.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The runs the viewer makes in the background once a newly opened scenario's first image is on screen, so that the
 * user's first edits find their code compiled. The JVM compiles a method to fast code only after it has run it
 * many times, and an edit runs code the opening run did not (the memos' reuse paths, a refocused frame's
 * reads): without warm-up a first edit took up to 2–4× as long as the same edit later (an ultrasound lesson's first
 * transmit-focus edit 0.3–0.6 s against 0.15–0.2 s, its first frequency edit 0.7–0.8 s against 0.3 s; see
 * docs/performance.md). The plan: the shown request again (every stage, with memos of its own), then edits of
 * the modality's most used acquisition keys, each nudged by 5 % inside its allowed range and back, alternating.
 * {@link Simulation#warmUp} runs them apart from the shown run's memos; any edit of the user cancels them.
 *
 * @param runs the requests, in order
 */
record WarmUpPlan(List<SimulationRequest> runs) {

    /** Per modality, the keys whose edits are warmed (those a lesson most often asks the user to move). */
    static final Map<String, List<String>> KEYS = Map.of(
            "ct", List.of("ct.mas"),
            "mri", List.of("mri.te_ms"),
            "xray", List.of("xray.mas"),
            "ultrasound", List.of("ultrasound.focus_mm", "ultrasound.frequency_mhz"));
    /**
     * Runs in a plan: headless, six (1.5–2.5 s for an ultrasound lesson) brought its first focus edit to the time of
     * later ones and its first frequency edit to within 1.5× of them.
     */
    static final int RUNS = 6;
    /** Relative nudge of a warmed key. */
    static final double NUDGE = 0.05;
    /**
     * No warm-up after a shown run whose stages took longer than this [s]: its edits take seconds anyway, and six
     * more runs would keep both cores busy for half a minute.
     */
    static final double LONGEST_RUN_SECONDS = 3;

    /** No warm-up run starts after this many seconds of them [s]. */
    static final double BUDGET_SECONDS = 5;

    WarmUpPlan {
        runs = List.copyOf(runs);
    }

    /** The plan after {@code shown} (empty if it failed, took too long, or its modality has no warmed key). */
    static WarmUpPlan after(SimulationOutcome shown) {
        if (!shown.ok() || shown.view().trace().totalSeconds() > LONGEST_RUN_SECONDS) {
            return new WarmUpPlan(List.of());
        }
        String modality = shown.scenario().modality();
        ParameterCatalog catalog = ParameterCatalog.forModality(modality);
        JsonNode tree = shown.scenario().resolvedTree();
        SimulationRequest request = shown.request();
        List<SimulationRequest> edits = new ArrayList<>();
        for (String key : KEYS.getOrDefault(modality, List.of())) {
            ParameterSpec spec = catalog.find(key);
            String value = request.overrides().values().getOrDefault(key, ResolvedValue.of(tree, key));
            String nudged = spec == null ? null : nudged(spec, value);
            if (nudged != null) {
                edits.add(new SimulationRequest(request.source(), request.overrides().with(key, nudged)));
            }
        }
        List<SimulationRequest> runs = new ArrayList<>(List.of(request));
        for (int i = 0; !edits.isEmpty() && runs.size() < RUNS; i++) {
            runs.add(edits.get(i % edits.size()));
            if (runs.size() < RUNS) {
                runs.add(request);
            }
        }
        return new WarmUpPlan(runs);
    }

    /**
     * {@code value} moved by {@link #NUDGE} (up, or down where up leaves the range; integers by at least 1), as an
     * override writes it; null if it is not a number or no other value lies in range.
     */
    static String nudged(ParameterSpec spec, String value) {
        if (!spec.type().equals("number") && !spec.type().equals("integer")) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
        for (double factor : new double[] {1 + NUDGE, 1 - NUDGE}) {
            double n = v * factor;
            if (spec.type().equals("integer")) {
                n = Math.rint(n);
                if (n == v) {
                    n = v + Math.signum(factor - 1);
                }
            }
            boolean inRange = (Double.isNaN(spec.min()) || n >= spec.min()) && (Double.isNaN(spec.max()) || n <= spec.max());
            if (n != v && inRange) {
                return NumberText.of(n);
            }
        }
        return null;
    }
}
