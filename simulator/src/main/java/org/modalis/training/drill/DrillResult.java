package org.modalis.training.drill;

import java.util.Map;

/**
 * A drill as made: the programme, the injected fault, and every QC measurement's value.
 *
 * @param program the QC programme
 * @param fault   the injected fault ("none" included)
 * @param values  metric → value of the QC scan
 */
public record DrillResult(DrillProgram program, DrillFault fault, Map<String, Double> values) {

    public DrillResult {
        values = Map.copyOf(values);
    }
}
