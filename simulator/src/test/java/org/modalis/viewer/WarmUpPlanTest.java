package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modalis.ct.CtResult;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioSource;

/**
 * The viewer's warm-up after a scenario's first image: which edits it makes, that they stay in range, and that
 * they leave the memos of the shown runs as they were (the next edit still reuses them and gives a fresh run's bytes).
 */
class WarmUpPlanTest {

    private static final ScenarioSource CT = ScenarioLibrary.standard().resolve("ct/quality");

    @Test
    void everyWarmedKeyIsAnEditableNumberOfItsModality() {
        for (Map.Entry<String, List<String>> e : WarmUpPlan.KEYS.entrySet()) {
            ParameterCatalog catalog = ParameterCatalog.forModality(e.getKey());
            for (String key : e.getValue()) {
                ParameterSpec spec = catalog.find(key);
                assertNotNull(spec, key + " is not in the " + e.getKey() + " catalogue: a renamed key would silently end the warm-up");
                assertTrue(List.of("number", "integer").contains(spec.type()), key + " is " + spec.type());
            }
        }
    }

    @Test
    void nudgesByFivePercentInsideTheRange() {
        ParameterSpec number = new ParameterSpec("x.a", "number", 1, 10, List.of(), "mm", "");
        assertEquals("5.25", WarmUpPlan.nudged(number, "5"));
        assertEquals("9.5", WarmUpPlan.nudged(number, "10"), "at the top of the range it moves down");
        ParameterSpec integer = new ParameterSpec("x.n", "integer", 1, 100, List.of(), "", "");
        assertEquals("11", WarmUpPlan.nudged(integer, "10"), "an integer moves by at least 1");
        assertEquals("95", WarmUpPlan.nudged(integer, "100"));
        assertNull(WarmUpPlan.nudged(integer, "abc"));
        assertNull(WarmUpPlan.nudged(new ParameterSpec("x.c", "number", 5, 5, List.of(), "", ""), "5"), "no other value in range");
        assertNull(WarmUpPlan.nudged(new ParameterSpec("x.s", "string", Double.NaN, Double.NaN, List.of("a", "b"), "", ""), "a"));
    }

    @Test
    void planAlternatesTheShownRequestWithItsNudgedEditsAndLeavesTheShownMemosAlone() {
        OverrideSet small = OverrideSet.of(LatestWinsRunnerTest.SMALL);
        SimulationRequest shown = new SimulationRequest(CT, small);
        try (Simulation s = new Simulation(); Simulation fresh = new Simulation()) {
            SimulationOutcome first = s.run(1, shown, new RunProgress());
            assertTrue(first.ok(), first::error);
            WarmUpPlan plan = WarmUpPlan.after(first);
            assertEquals(WarmUpPlan.RUNS, plan.runs().size());
            for (int i = 0; i < plan.runs().size(); i++) {
                SimulationRequest r = plan.runs().get(i);
                if (i % 2 == 0) {
                    assertEquals(shown, r, "run " + i + " is the shown request");
                } else {
                    // ct/quality's mAs, 5 % up
                    double mas = Double.parseDouble(ResolvedValue.of(first.scenario().resolvedTree(), "ct.mas"));
                    assertEquals(mas * 1.05, Double.parseDouble(r.overrides().values().get("ct.mas")), 1e-9 * mas);
                }
            }
            long[] hitsBefore = s.ctMemoHits();
            int[] runs = {0};
            s.warmUp(plan, new RunProgress(), () -> runs[0]++);
            assertEquals(plan.runs().size(), runs[0]);
            assertArrayEquals(hitsBefore, s.ctMemoHits(), "the warm-up runs on memos of its own");
            // The user's first edit reuses the shown run's projection and gives the bytes of a fresh run.
            SimulationRequest edit = new SimulationRequest(CT, small.with("ct.mas", "123"));
            SimulationOutcome o = s.run(2, edit, new RunProgress());
            assertEquals(hitsBefore[0] + 1, s.ctMemoHits()[0], "the projection comes from the shown run's memo");
            SimulationOutcome f = fresh.run(1, edit, new RunProgress());
            CtResult a = o.result(), b = f.result();
            assertArrayEquals(b.image().data(), a.image().data());
        }
    }

    @Test
    void noPlanAfterAnError() {
        SimulationOutcome failed = SimulationOutcome.failed(1, new SimulationRequest(CT, OverrideSet.none()), "bad");
        assertTrue(WarmUpPlan.after(failed).runs().isEmpty());
        assertNotEquals(0, WarmUpPlan.KEYS.size());
    }
}
