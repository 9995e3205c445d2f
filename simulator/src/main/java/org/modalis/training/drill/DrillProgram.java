package org.modalis.training.drill;

import java.util.List;
import org.modalis.UserInputException;

/**
 * A QC programme a drill runs: the QC scenario, its measurements and tolerances, and the faults.
 *
 * @param name         identifier ("ct-daily-qc")
 * @param title        shown to the student
 * @param scenario     the QC scenario (built-in name)
 * @param measurements the QC sheet
 * @param faults       the faults a drill may inject, "none" included
 */
public record DrillProgram(String name, String title, String scenario, List<Measurement> measurements,
                           List<DrillFault> faults) {

    public DrillProgram {
        measurements = List.copyOf(measurements);
        faults = List.copyOf(faults);
    }

    /** The fault by name, or a user error listing the names. */
    public DrillFault fault(String faultName) {
        return faults.stream().filter(f -> f.name().equalsIgnoreCase(faultName)).findFirst()
                .orElseThrow(() -> new UserInputException("unknown fault '" + faultName + "'", null, 0, 0, "--fault",
                        "choose one of: " + String.join(", ", names())));
    }

    public List<String> names() {
        return faults.stream().map(DrillFault::name).toList();
    }
}
