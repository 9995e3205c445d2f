package org.modalis.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;

/**
 * Every shipped scenario is a regression test: it runs, and each metric its lesson declares lies in the
 * declared range — so an artifact that stops arising from the physics (or a correction that stops
 * removing it) fails the build.
 */
class LessonScenariosTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();

    @TestFactory
    Stream<DynamicTest> everyLessonShowsItsArtifact() {
        ScenarioLibrary library = ScenarioLibrary.standard();
        List<String> names = library.list().stream().filter(e -> e.origin().equals("built-in")).map(e -> e.name()).toList();
        assertFalse(names.isEmpty(), "no built-in scenarios found");
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Scenario s = new ScenarioLoader().load(library.resolve(name), List.of());
            ModalityRun r = new Modalities(TISSUES).run(s, Progress.NONE, new java.io.PrintWriter(java.io.Writer.nullWriter()));
            List<RunReport.Check> checks = RunReport.check(s, r.metrics());
            String failed = checks.stream().filter(c -> !c.pass())
                    .map(c -> c.metric() + " = " + c.value() + " not in [" + c.min() + ", " + c.max() + "]")
                    .collect(Collectors.joining("; "));
            assertTrue(failed.isEmpty(), name + ": " + failed);
        }));
    }
}
