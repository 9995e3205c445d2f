package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioSource;

/** Background runs: the latest request wins, older ones are cancelled, invalid edits come back as messages. */
class LatestWinsRunnerTest {

    /** Small, fast CT set-up (64² image, 60 views, 192 bins): well under a second per run. */
    static final List<String> SMALL = List.of("recon.size=64", "ct.views=60", "ct.bins=192", "ct.bin_mm=2",
            "ct.oversample=1", "recon.backend=cpu");

    @Test
    void latestRequestWinsAndOlderOnesAreCancelled() throws Exception {
        ScenarioSource src = ScenarioLibrary.standard().resolve("ct/quality");
        try (LatestWinsRunner runner = new LatestWinsRunner()) {
            // A slow first request (2000 views), replaced at once by two quick ones: only the last may publish.
            runner.submit(new SimulationRequest(src, OverrideSet.of(SMALL).with("ct.views", "2000")));
            RunProgress first = runner.progress();
            runner.submit(new SimulationRequest(src, OverrideSet.of(SMALL).with("ct.views", "40")));
            long last = runner.submit(new SimulationRequest(src, OverrideSet.of(SMALL).with("ct.views", "50")));
            assertTrue(first.cancelled(), "a newer request cancels the running one");
            SimulationOutcome o = await(runner, last);
            assertTrue(o.ok(), () -> "error: " + o.error());
            assertEquals(3, o.generation());
            assertEquals(50, o.result().raw().sinogram().geometry().views());
            assertTrue(runner.defect().isEmpty());
        }
    }

    @Test
    void invalidOverrideComesBackAsTheLoadersMessage() throws Exception {
        ScenarioSource src = ScenarioLibrary.standard().resolve("ct/quality");
        try (LatestWinsRunner runner = new LatestWinsRunner()) {
            long g = runner.submit(new SimulationRequest(src, OverrideSet.of(SMALL).with("ct.views", "0")));
            SimulationOutcome o = await(runner, g);
            assertFalse(o.ok());
            assertTrue(o.error().contains("ct.views") && o.error().contains("1"), o.error());
        }
    }

    /**
     * The window thread's pause between frames: it lasts its full length while the run is busy, ends as soon as
     * the outcome is published (not at the end of the pause), and costs nothing once it is.
     */
    @Test
    void awaitOutcomeWakesOnPublicationAndTimesOutWhileBusy() throws Exception {
        ScenarioSource src = ScenarioLibrary.standard().resolve("ct/quality");
        try (LatestWinsRunner runner = new LatestWinsRunner()) {
            long g = runner.submit(new SimulationRequest(src, OverrideSet.of(SMALL).with("ct.views", "2000")));
            long t0 = System.nanoTime();
            runner.awaitOutcome(50_000_000L);
            double waited = (System.nanoTime() - t0) * 1e-9;
            // 2000 views take seconds: the pause runs its 50 ms (timer slack up to a few ms; 0.04 s allows less).
            assertTrue(runner.busy() && waited >= 0.04, "busy, waited " + waited + " s");
            // A 60 s pause that returns well before 60 s (the run takes ~2 s) can only have been woken by the publication.
            t0 = System.nanoTime();
            runner.awaitOutcome(60_000_000_000L);
            double woken = (System.nanoTime() - t0) * 1e-9;
            assertFalse(runner.busy(), "the pause ends with the outcome published");
            assertTrue(woken < 30, "woken by the publication, not by the timeout: " + woken + " s");
            assertEquals(g, runner.latest().orElseThrow().generation());
            t0 = System.nanoTime();
            runner.awaitOutcome(60_000_000_000L);
            assertTrue((System.nanoTime() - t0) * 1e-9 < 1, "nothing to wait for once published");
        }
    }

    /** Warm-up runs publish nothing, count as no busy time, and all run while no request arrives. */
    @Test
    void warmUpRunsUnseen() throws Exception {
        ScenarioSource src = ScenarioLibrary.standard().resolve("ct/quality");
        try (LatestWinsRunner runner = new LatestWinsRunner()) {
            long g = runner.submit(new SimulationRequest(src, OverrideSet.of(SMALL)));
            SimulationOutcome shown = await(runner, g);
            WarmUpPlan plan = WarmUpPlan.after(shown);
            runner.warmUp(plan);
            assertTrue(runner.warmingUp());
            assertFalse(runner.busy(), "a warm-up is not a run the window waits for");
            awaitWarmUp(runner);
            assertEquals(plan.runs().size(), runner.warmUpRuns());
            assertEquals(g, runner.latest().orElseThrow().generation(), "nothing published");
            assertTrue(runner.defect().isEmpty());
        }
    }

    /** A request cancels the warm-up at its next progress report and runs at once. */
    @Test
    void requestCancelsTheWarmUp() throws Exception {
        ScenarioSource src = ScenarioLibrary.standard().resolve("ct/quality");
        try (LatestWinsRunner runner = new LatestWinsRunner()) {
            SimulationOutcome shown = await(runner, runner.submit(new SimulationRequest(src, OverrideSet.of(SMALL))));
            // Six runs of 2000 views (seconds each): the request 50 ms in stops the first of them.
            SimulationRequest slow = new SimulationRequest(src, OverrideSet.of(SMALL).with("ct.views", "2000"));
            runner.warmUp(new WarmUpPlan(java.util.Collections.nCopies(6, slow)));
            Thread.sleep(50);
            long g = runner.submit(new SimulationRequest(src, OverrideSet.of(SMALL).with("ct.views", "50")));
            assertFalse(runner.warmingUp() && runner.progress().cancelled(), "the request's own run is not cancelled");
            SimulationOutcome o = await(runner, g);
            assertTrue(o.ok(), () -> "error: " + o.error());
            assertEquals(50, o.result().raw().sinogram().geometry().views());
            awaitWarmUp(runner);
            assertEquals(0, runner.warmUpRuns(), "the first 2000-view warm-up run was cancelled, the rest never ran");
            assertTrue(runner.defect().isEmpty());
            assertTrue(shown.ok());
        }
    }

    private static void awaitWarmUp(LatestWinsRunner runner) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (runner.warmingUp()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the warm-up did not end within 60 s");
            }
            Thread.sleep(10);
        }
    }

    static SimulationOutcome await(LatestWinsRunner runner, long generation) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (runner.latest().map(SimulationOutcome::generation).orElse(0L) != generation) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no outcome within 60 s");
            }
            Thread.sleep(10);
        }
        return runner.latest().orElseThrow();
    }
}
