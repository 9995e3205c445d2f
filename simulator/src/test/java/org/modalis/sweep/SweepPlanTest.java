package org.modalis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modalis.UserInputException;

/** Parsing --vary, the grid order and point ids. */
class SweepPlanTest {

    @Test
    void gridIsFirstAxisSlowestInGivenOrder() {
        SweepPlan plan = SweepPlan.parse(List.of("ct.mas=10, 20,50", "recon.filter=ramp,hann"));
        List<SweepPoint> pts = plan.points();
        assertEquals(6, plan.size());
        assertEquals(List.of("ct.mas=10", "recon.filter=ramp"), pts.get(0).overrides());
        assertEquals(List.of("ct.mas=10", "recon.filter=hann"), pts.get(1).overrides());
        assertEquals(List.of("ct.mas=20", "recon.filter=ramp"), pts.get(2).overrides());
        assertEquals(List.of("ct.mas=50", "recon.filter=hann"), pts.get(5).overrides());
        assertEquals(List.of("p000", "p001", "p002", "p003", "p004", "p005"), pts.stream().map(SweepPoint::id).toList());
        assertEquals("ct.mas=50, recon.filter=hann", pts.get(5).label());
    }

    @Test
    void idsWidenForLargeGrids() {
        SweepPlan plan = SweepPlan.parse(List.of("a=" + String.join(",", java.util.stream.IntStream.range(0, 1200)
                .mapToObj(Integer::toString).toList())));
        assertEquals("p0000", plan.points().get(0).id());
        assertEquals("p1199", plan.points().get(1199).id());
    }

    @Test
    void numbersAndWords() {
        assertTrue(SweepAxis.parse("ct.mas=10,2e1,1_000").numbers().isPresent());
        assertEquals(1000.0, SweepAxis.parse("ct.mas=1_000").numbers().orElseThrow()[0]);
        assertFalse(SweepAxis.parse("recon.filter=ramp,hann").numbers().isPresent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ct.mas 10 20   | ct.mas 10 20",
        "ct.mas=        | ct.mas",
        "ct.mas=10,,20  | ct.mas",
        "ct.mas=10,10   | ct.mas",
        "=10,20         | --vary"})
    void badVaryNamesTheKeyAndSuggests(String text, String key) {
        UserInputException e = assertThrows(UserInputException.class, () -> SweepAxis.parse(text));
        assertEquals(key, e.key());
        assertNotNull(e.hint());
    }

    @Test
    void sameKeyTwiceOrThreeAxesAreRefused() {
        UserInputException twice = assertThrows(UserInputException.class,
                () -> SweepPlan.parse(List.of("ct.mas=10", "ct.mas=20")));
        assertEquals("ct.mas", twice.key());
        UserInputException three = assertThrows(UserInputException.class,
                () -> SweepPlan.parse(List.of("a=1", "b=1", "c=1")));
        assertEquals("--vary", three.key());
        assertNotNull(three.hint());
    }
}
