package org.modalis.training.drill;

import java.util.List;

/**
 * A fault a drill can inject: scenario overrides, the measurement that catches it, and what it means.
 *
 * @param name        the answer a student gives ("tube-output")
 * @param sets        KEY=VALUE overrides of the QC scenario that make the fault
 * @param metric      the metric that leaves its tolerance ("" for the healthy scan)
 * @param explanation the physics and the action, shown after the check
 */
public record DrillFault(String name, List<String> sets, String metric, String explanation) {

    public DrillFault {
        sets = List.copyOf(sets);
    }

    /** Whether this is the no-fault case. */
    public boolean healthy() {
        return metric.isEmpty();
    }
}
