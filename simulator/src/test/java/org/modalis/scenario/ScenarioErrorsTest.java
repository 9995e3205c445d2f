package org.modalis.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;

/**
 * One test per kind of mistake a student makes in a scenario file, each asserting the exact file, line,
 * column, key, message and hint the CLI prints. Exact strings are the specification here: the wording is
 * the product, and a vaguer message is a regression.
 */
class ScenarioErrorsTest {

    private static final Path FILE = Path.of("lesson.yaml");
    private static final String BASE = "modality: ct\nphantom: ct-quality\n";
    private final ScenarioLoader loader = new ScenarioLoader();

    private UserInputException error(String yaml, String... overrides) {
        ScenarioSource src = new ScenarioSource(FILE, yaml, Path.of("."), null);
        return assertThrows(UserInputException.class, () -> loader.load(src, List.of(overrides)));
    }

    static void assertAt(UserInputException e, Path file, int line, int column, String key,
                         String message, String hint) {
        assertEquals(file, e.file(), "file");
        assertEquals(line, e.line(), "line");
        assertEquals(column, e.column(), "column");
        assertEquals(key, e.key(), "key");
        assertEquals(message, e.getMessage(), "message");
        assertEquals(hint, e.hint(), "hint");
    }

    @Test
    void unknownKeyPointsAtTheKeyAndSuggestsTheClosest() {
        UserInputException e = error(BASE + "ct:\n  views: 90\n  viewz: 512\n");
        assertAt(e, FILE, 5, 3, "ct.viewz", "unknown key 'viewz' in 'ct'", "did you mean 'views'?");
    }

    @Test
    void unknownKeyWithoutACloseMatchListsTheAllowedKeys() {
        UserInputException e = error(BASE + "display: {contrast: 3}\n");
        assertAt(e, FILE, 3, 11, "display.contrast", "unknown key 'contrast' in 'display'",
                "allowed keys in 'display': level, width");
    }

    @Test
    void unknownTopLevelKeyThatBelongsInASectionSaysWhere() {
        UserInputException e = error(BASE + "kvp: 80\n");
        assertAt(e, FILE, 3, 1, "kvp", "unknown key 'kvp' at the top level",
                "did you mean 'ct.kvp'? it belongs in the 'ct' section");
    }

    @Test
    void wrongTypeNamesTheExpectedTypeWithUnitAndWhatWasGiven() {
        UserInputException e = error(BASE + "ct:\n  bin_mm: abc\n");
        assertAt(e, FILE, 4, 11, "ct.bin_mm", "expected a number (mm), got the text 'abc'", "e.g. 1");
    }

    @Test
    void fractionalCountIsAWrongType() {
        UserInputException e = error(BASE + "ct:\n  views: 1.5\n");
        assertAt(e, FILE, 4, 10, "ct.views", "expected a whole number (views), got 1.5",
                "e.g. 720 for a full scan");
    }

    @Test
    void outOfRangeGivesBothLimitsWithUnitAndATypicalValue() {
        UserInputException e = error(BASE + "ct:\n  views: 0\n");
        assertAt(e, FILE, 4, 10, "ct.views", "must be between 1 and 20000 views, got 0",
                "e.g. 720 for a full scan");
        assertEquals("lesson.yaml:4:10: key 'ct.views': must be between 1 and 20000 views, got 0"
                + " (e.g. 720 for a full scan)", e.describe());
    }

    @Test
    void openLowerBoundSaysMoreThan() {
        UserInputException e = error(BASE + "display: {level: 40, width: 0}\n");
        assertAt(e, FILE, 3, 29, "display.width", "must be more than 0, got 0", "e.g. 400 HU for soft tissue");
    }

    @Test
    void enumListsTheChoicesAndSuggestsTheClosest() {
        UserInputException e = error(BASE + "ct:\n  geometry: fann\n");
        assertAt(e, FILE, 4, 13, "ct.geometry", "must be one of parallel, fan, got the text 'fann'",
                "did you mean 'fan'?");
    }

    @Test
    void enumPrefersTheValueThatIsAPrefix() {
        // "hanning" is two edits from "hamming" but means the Hann window: the prefix rule must win.
        UserInputException e = error(BASE + "recon: {filter: hanning}\n");
        assertEquals("did you mean 'hann'?", e.hint());
    }

    @Test
    void wrongListLength() {
        UserInputException e = error(BASE + "ct:\n  motion:\n    shift_mm: [1, 2, 3]\n");
        assertAt(e, FILE, 5, 15, "ct.motion.shift_mm", "needs exactly 2 numbers, got 3 items", "e.g. [5, 0]");
    }

    @Test
    void missingRequiredKeyIsReportedAtTheEnclosingSection() {
        UserInputException e = error("# a lesson\nphantom: ct-quality\n");
        assertAt(e, FILE, 2, 1, "modality", "missing required key 'modality'", "add a line 'modality: ct'");
        UserInputException roi = error(BASE + "rois:\n  - {name: a, x_mm: 0, y_mm: 0}\n");
        assertAt(roi, FILE, 4, 5, "rois[0].r_mm", "missing required key 'r_mm' in 'rois[0]'", "add a line 'r_mm: 20'");
    }

    @Test
    void malformedYamlGivesLineColumnAndPlainWords() {
        UserInputException e = error(BASE + "ct:\n  views: 90\n bins: 512\n");
        assertAt(e, FILE, 5, 2, null, "this is not valid YAML: the indentation does not line up with the lines above",
                "keys of one section must start in the same column");
        UserInputException colon = error(BASE + "title: Cupping: why\n");
        assertAt(colon, FILE, 3, 15, null, "this is not valid YAML: a ':' appears where no new key can start",
                "put text containing ': ' in quotes, and check the indentation of the line");
        UserInputException tab = error(BASE + "ct:\n\tviews: 3\n");
        assertAt(tab, FILE, 4, 1, null, "this is not valid YAML: a tab character is used for indentation",
                "indent with spaces only");
    }

    @Test
    void duplicateKeyNamesBothLines() {
        UserInputException e = error(BASE + "ct:\n  views: 90\n  bins: 8\n  views: 100\n");
        assertAt(e, FILE, 6, 3, "ct.views", "key 'views' appears twice in 'ct' (first at line 4)", "keep only one of them");
    }

    @Test
    void crossFieldDetectorInsideTheIsocentre() {
        UserInputException e = error(BASE + "ct:\n  source_iso_mm: 800\n  source_detector_mm: 700\n");
        assertAt(e, FILE, 5, 23, "ct.source_detector_mm", "ct.source_detector_mm must be larger than "
                + "ct.source_iso_mm, got 700 mm and 800 mm: the detector lies beyond the isocentre",
                "e.g. source_iso_mm: 570 with source_detector_mm: 1040");
    }

    @Test
    void crossFieldBadBinOffTheDetector() {
        UserInputException e = error(BASE + "ct:\n  bins: 100\n  bad_bins: [{bin: 100, gain: 1.1}]\n");
        assertAt(e, FILE, 5, 20, "ct.bad_bins[0].bin", "bin 100 is not on the detector: must be between 0 and 99"
                + " for 100 bins", null);
    }

    @Test
    void crossFieldLessonNeedsTitleAndRangesMustBeOrdered() {
        UserInputException e = error(BASE + "expect: [{metric: cupping_hu, min: 3}]\n");
        assertAt(e, FILE, 1, 1, "title", "a lesson (a scenario with 'expect') needs the key 'title'",
                "add a line 'title: ...' at the top level");
        UserInputException range = error("title: t\nobjective: o\n" + BASE
                + "expect:\n  - {metric: cupping_hu, min: 30, max: 20}\n");
        assertAt(range, FILE, 6, 40, "expect[0].max", "max (20) must not be below min (30)", null);
    }

    @Test
    void allProblemsAreAvailableInFileOrderAndTheFirstIsThrown() {
        String yaml = BASE + "recon:\n  size: 3\nct:\n  views: 0\n  geometry: cone\n";
        ScenarioSource src = new ScenarioSource(FILE, yaml, Path.of("."), null);
        List<UserInputException> all = loader.check(src, List.of());
        assertEquals(List.of("recon.size", "ct.views", "ct.geometry"), all.stream().map(UserInputException::key).toList());
        assertEquals(List.of(4, 6, 7), all.stream().map(UserInputException::line).toList());
        assertEquals("recon.size", error(yaml).key());
    }

    @Test
    void aWrongTypeIsReportedOnceNotAlsoAsABadEnumValue() {
        ScenarioSource src = new ScenarioSource(FILE, BASE + "recon:\n  filter: [hann]\n", Path.of("."), null);
        List<UserInputException> all = loader.check(src, List.of());
        assertEquals(1, all.size());
        assertEquals("expected a text, got a list of 1 item", all.get(0).getMessage());
    }

    @Test
    void emptyFileAndNonMappingFile() {
        UserInputException empty = error("# nothing yet\n");
        assertAt(empty, FILE, 0, 0, null, "the scenario is empty",
                "a scenario needs at least 'modality: ct' and 'phantom: <name>'");
        UserInputException list = error("- ct\n- head\n");
        assertAt(list, FILE, 1, 1, null, "a scenario is a list of 'key: value' lines, but this file holds a list of 2 items",
                "start with 'modality: ct' and 'phantom: <name>'");
    }

    @Test
    void customYamlTagsAreRefused() {
        UserInputException e = error(BASE + "seed: !random 5\n");
        assertAt(e, FILE, 3, 7, "seed", "the YAML tag '!random' is not supported here; remove it", null);
    }

    @Test
    void nonFiniteNumbersAreRefusedWhereWritten() {
        // display.level has no range, so without this check .nan would reach the display code.
        UserInputException e = error(BASE + "display: {level: .nan, width: 400}\n");
        assertAt(e, FILE, 3, 18, "display.level", "must be a finite number, got .nan", null);
    }
}
