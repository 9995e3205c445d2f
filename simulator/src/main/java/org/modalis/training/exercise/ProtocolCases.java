package org.modalis.training.exercise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.metrics.Metric;
import org.modalis.pipeline.ModalityRun;
import org.modalis.pipeline.Progress;
import org.modalis.scenario.Scenario;

/**
 * Protocol optimisation: the simulator runs the base scenario at every candidate value of the key (same
 * seed, so only the key changes) and the answer is the first value, in the template's ascending order of
 * dose or time, whose metric reaches the target; "none" when no candidate does. The students get the
 * question and the reference image at the first candidate; the key lists every candidate's metric.
 */
final class ProtocolCases {

    private final CaseContext ctx;

    ProtocolCases(CaseContext ctx) {
        this.ctx = ctx;
    }

    /** The one case; also fills {@code table} with value → metric. */
    CaseRecord make(CaseRuns.Base base, Map<Double, Double> table, Progress progress) {
        ExerciseTemplate.ProtocolSearch p = ctx.template().protocol();
        CaseRecord c = new CaseRecord(ExerciseLayout.caseId(0));
        Path dir = ctx.layout().caseDir(c.id);
        String answer = "none";
        for (double v : p.values()) {
            String name = "candidate-" + Num.text(v);
            Map<String, Object> kv = new LinkedHashMap<>();
            kv.put(p.key(), v);
            Scenario s = ctx.runs().prepare(base, dir, name, null, ctx.caseSeed(0, 0), base.scenario().displayWindow()
                    .orElse(null), kv);
            ModalityRun run = ctx.runs().run(s, dir.resolve(name));
            double m = run.metrics().get(p.metric()).map(Metric::value).orElseThrow(() -> new org.modalis.UserInputException(
                    "the scenario reports no metric '" + p.metric() + "'", ctx.template().file(), 0, 0, "protocol.metric",
                    "choose one of: " + String.join(", ", names(run))));
            table.put(v, m);
            if (answer.equals("none") && m >= p.target()) {
                answer = Num.text(v);
            }
            if (v == p.values().get(0)) {
                c.student.put("image", ctx.publish(dir.resolve(name), c.id));
            }
            progress.advance(1);
        }
        c.student.put("question", "choose " + p.key() + " from " + values(p) + " to reach " + p.metric() + " ≥ "
                + Num.text(p.target()) + " at the least dose or time (the image is at " + Num.text(p.values().get(0)) + ")");
        c.key.put("answer", answer);
        return c;
    }

    private static String values(ExerciseTemplate.ProtocolSearch p) {
        List<String> v = new ArrayList<>();
        p.values().forEach(x -> v.add(Num.text(x)));
        return String.join(", ", v);
    }

    private static List<String> names(ModalityRun run) {
        return run.metrics().metrics().stream().map(Metric::name).toList();
    }
}
