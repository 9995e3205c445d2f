package org.modalis.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.modalis.UserInputException;

/**
 * Every scenario in the shipped index {@code scenarios/index.yaml} is valid, and the index tells the truth
 * about its title and modality. One dynamic test per scenario (none until the lessons are shipped); that
 * the lesson's metric lands in its expected range is checked by the modality's own regression tests.
 */
class BuiltInScenariosTest {

    @TestFactory
    Stream<DynamicTest> everyIndexedScenarioLoadsAndMatchesItsIndexEntry() {
        ScenarioLibrary library = ScenarioLibrary.standard();
        ScenarioLoader loader = new ScenarioLoader();
        return library.list().stream().filter(e -> e.origin().equals("built-in"))
                .map(entry -> DynamicTest.dynamicTest(entry.name(), () -> {
                    ScenarioSource src = library.resolve(entry.name());
                    assertNotNull(src, entry.name());
                    List<String> problems = loader.check(src, List.of()).stream().map(UserInputException::describe).toList();
                    assertEquals(List.of(), problems);
                    Scenario s = loader.load(src, List.of());
                    assertEquals(entry.modality(), s.modality(), "modality in the index");
                    if (!entry.title().isEmpty()) {
                        assertEquals(entry.title(), s.title(), "title in the index");
                    }
                }));
    }
}
