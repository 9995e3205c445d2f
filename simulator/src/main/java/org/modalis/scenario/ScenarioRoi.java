package org.modalis.scenario;

/**
 * A named circular region of interest from the scenario's {@code rois} list (written in mm, held in SI).
 *
 * @param name    unique name within the scenario
 * @param x       centre x [m]
 * @param y       centre y [m]
 * @param radius  radius [m], positive
 */
public record ScenarioRoi(String name, double x, double y, double radius) {

    public ScenarioRoi {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a ROI needs a name");
        }
        if (!(radius > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("ROI '" + name + "' needs a finite centre and a positive radius [m], got r = " + radius);
        }
    }
}
