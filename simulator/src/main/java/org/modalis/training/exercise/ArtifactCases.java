package org.modalis.training.exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioSource;

/**
 * Artifact identification: each case is one of the template's artifact scenarios (drawn uniformly), run
 * with its own window and a case seed; the key's {@code answer} is the scenario as the template lists it,
 * and {@code cases.csv} lists the same choices for every case.
 */
final class ArtifactCases {

    private final CaseContext ctx;

    ArtifactCases(CaseContext ctx) {
        this.ctx = ctx;
    }

    List<CaseRecord> make(int n, Progress progress) {
        List<String> choices = ctx.template().artifacts();
        List<CaseRuns.Base> bases = new ArrayList<>();
        for (String name : choices) { // load every scenario first, so a typo fails before the first run
            bases.add(ctx.runs().base(resolve(ctx.template(), name), ctx.template().sets()));
        }
        List<CaseRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CaseRecord c = new CaseRecord(ExerciseLayout.caseId(i));
            int k = (int) Math.min(choices.size() - 1, Math.floor(new Rng(ctx.seed()).stream(i).uniform() * choices.size()));
            CaseRuns.Base base = bases.get(k);
            Path dir = ctx.layout().caseDir(c.id);
            Scenario s = ctx.runs().prepare(base, dir, "scenario", null, ctx.caseSeed(i, 0),
                    base.scenario().displayWindow().orElse(null), Map.of());
            ctx.runs().run(s, dir.resolve("run"));
            c.student.put("image", ctx.publish(dir.resolve("run"), c.id));
            c.student.put("choices", String.join("|", choices));
            c.key.put("answer", choices.get(k));
            out.add(c);
            progress.advance(1);
        }
        return out;
    }

    /** A scenario named in a template: a path relative to the template's folder, else a built-in name. */
    static ScenarioSource resolve(ExerciseTemplate t, String name) {
        Path folder = t.file().toAbsolutePath().getParent();
        if (folder != null && Files.isRegularFile(folder.resolve(name))) {
            return ScenarioSource.read(folder.resolve(name));
        }
        return ScenarioLibrary.standard().resolve(name);
    }
}
