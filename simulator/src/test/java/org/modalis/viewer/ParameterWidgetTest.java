package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A slider left at 0 ("the probe's own") says what the run used instead of showing 0. */
class ParameterWidgetTest {

    @Test
    void aKeptZeroShowsTheProbesValue() {
        assertEquals("probe's 5 MHz", ParameterWidget.keptFormat("0", OptionalDouble.of(5.0), " MHz"));
        assertEquals("probe's 0.3 mm", ParameterWidget.keptFormat("0.0", OptionalDouble.of(0.3), " mm"));
    }

    @Test
    void anyOtherValueOrKeyKeepsTheNumber() {
        assertNull(ParameterWidget.keptFormat("7.5", OptionalDouble.of(5.0), " MHz"), "a frequency set by the scenario");
        assertNull(ParameterWidget.keptFormat("0", OptionalDouble.empty(), " dB"), "a key whose 0 is a value");
    }
}
