package org.modalis.training.exercise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.image.Window;
import org.modalis.io.NpyArray;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;
import org.modalis.scenario.Scenario;
import org.modalis.training.observer.NpwObserver;

/**
 * Makes the cases of the lesion tasks (detection, localisation, M-AFC): draws each case's lesion, writes
 * its phantom and scenario, runs it, publishes the image; and, when the modality can run noise-free, runs
 * the case's lesion noise-free too and records the NPW model observer's statistic for it.
 */
final class LesionCases {

    private final CaseContext ctx;
    private final CaseRuns.Base base;
    private final Window display;
    private final boolean observer;
    private final Map<Double, float[]> backgrounds = new HashMap<>();
    private final Map<List<Object>, float[]> signals = new HashMap<>();
    final PixelScale scale = new PixelScale();

    LesionCases(CaseContext ctx, CaseRuns.Base base) {
        this.ctx = ctx;
        this.base = base;
        this.display = ctx.display(base);
        this.observer = ctx.template().observer() && ctx.runs().supportsNoiseFree(base);
    }

    boolean hasObserver() {
        return observer;
    }

    /** Detection and localisation: one image per case, lesion present with probability 1 − absent. */
    List<CaseRecord> single(int n, Progress progress) {
        List<CaseRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CaseRecord c = new CaseRecord(ExerciseLayout.caseId(i));
            Lesion l = ctx.template().lesion().draw(new Rng(ctx.seed()).stream(i));
            Double dose = doseOf(i, c);
            c.putLesion(l);
            Path dir = ctx.layout().caseDir(c.id);
            Scenario s = ctx.runs().prepare(base, dir, "scenario", l, ctx.caseSeed(i, 0), display, doseKeys(dose, false));
            ctx.runs().run(s, dir.resolve("run"));
            c.student.put("image", ctx.publish(dir.resolve("run"), c.id));
            if (observer) {
                float[] signal = signal(dir, l, i, dose);
                NpyArray img = CaseRuns.image(dir.resolve("run"));
                c.key.put("npw_t", Num.text(NpwObserver.statistic(signal, img.toFloats(), background(dose))));
                scale.add(signal, img.shape()[0], img.shape()[img.shape().length - 1], l.xMm(), l.yMm());
            }
            out.add(c);
            progress.advance(1);
        }
        return out;
    }

    /** M-AFC: M images per case, exactly one (the key's {@code answer}, 1…M) holds the lesion. */
    List<CaseRecord> forcedChoice(int n, int m, Progress progress) {
        List<CaseRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CaseRecord c = new CaseRecord(ExerciseLayout.caseId(i));
            Rng rng = new Rng(ctx.seed()).stream(i);
            Lesion l = ctx.template().lesion().draw(rng).withPresent(true);
            int answer = 1 + (int) Math.min(m - 1, Math.floor(rng.uniform() * m));
            Double dose = doseOf(i, c);
            c.key.put("answer", Integer.toString(answer));
            c.putLesion(l);
            Path dir = ctx.layout().caseDir(c.id);
            float[] signal = observer ? signal(dir, l, i, dose) : null;
            int observerPick = 0;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 1; a <= m; a++) {
                String alt = "alt-" + a;
                Scenario s = ctx.runs().prepare(base, dir, alt, l.withPresent(a == answer), ctx.caseSeed(i, a),
                        display, doseKeys(dose, false));
                ctx.runs().run(s, dir.resolve(alt));
                c.student.put("image_" + a, ctx.publish(dir.resolve(alt), c.id + "-" + a));
                if (signal != null) {
                    double t = NpwObserver.statistic(signal, CaseRuns.image(dir.resolve(alt)).toFloats(), background(dose));
                    if (t > best) {
                        best = t;
                        observerPick = a;
                    }
                }
            }
            if (signal != null) {
                c.key.put("npw_choice", Integer.toString(observerPick));
            }
            out.add(c);
            progress.advance(1);
        }
        return out;
    }

    private Double doseOf(int i, CaseRecord c) {
        ExerciseTemplate.DoseLevels d = ctx.template().dose();
        if (d == null) {
            return null;
        }
        // cycled, not drawn: every level gets the same number of cases (± 1), so per-level AUCs are comparable
        double v = d.values().get(i % d.values().size());
        c.student.put("dose_key", d.key());
        c.student.put("dose_value", Num.text(v));
        c.key.put("dose_value", Num.text(v));
        return v;
    }

    private Map<String, Object> doseKeys(Double dose, boolean noiseFree) {
        Map<String, Object> kv = new LinkedHashMap<>();
        if (dose != null) {
            kv.put(ctx.template().dose().key(), dose);
        }
        if (noiseFree) {
            kv.put(base.scenario().modality() + ".noise", false);
        }
        return kv;
    }

    /**
     * The noise-free lesion signal of case i: noise-free image with the lesion − without. Equal lesions at
     * equal dose share one run (an exercise with a fixed lesion runs it once per dose level).
     */
    private float[] signal(Path dir, Lesion l, int i, Double dose) {
        return signals.computeIfAbsent(java.util.Arrays.asList(l.withPresent(true), dose == null ? Double.NaN : dose),
                k -> runSignal(dir, l, i, dose));
    }

    private float[] runSignal(Path dir, Lesion l, int i, Double dose) {
        Scenario nf = ctx.runs().prepare(base, dir, "noise-free", l.withPresent(true), ctx.caseSeed(i, 0), display,
                doseKeys(dose, true));
        ctx.runs().run(nf, dir.resolve("noise-free"));
        float[] with = CaseRuns.image(dir.resolve("noise-free")).toFloats();
        float[] bg = background(dose);
        float[] s = new float[with.length];
        for (int k = 0; k < s.length; k++) {
            s[k] = with[k] - bg[k];
        }
        return s;
    }

    /** The noise-free lesion-free image at a dose level, run once per level. */
    private float[] background(Double dose) {
        double key = dose == null ? Double.NaN : dose;
        return backgrounds.computeIfAbsent(key, k -> {
            Path dir = ctx.layout().key().resolve("observer");
            String name = "background" + (dose == null ? "" : "-" + Num.text(dose));
            Scenario s = ctx.runs().prepare(base, dir, name, null, ctx.caseSeed(0, 0), display, doseKeys(dose, true));
            ctx.runs().run(s, dir.resolve(name));
            return CaseRuns.image(dir.resolve(name)).toFloats();
        });
    }
}
