package org.modalis.viewer;

import org.modalis.ct.CtJob;
import org.modalis.ct.CtResult;
import org.modalis.scenario.Scenario;

/**
 * The answer to one {@link SimulationRequest}: the validated scenario, the bound job and the CT result; or,
 * when the scenario or an override was wrong, the loader's message (the viewer keeps showing the last good
 * result beside it).
 *
 * @param generation which request this answers (requests are numbered from 1; the latest wins)
 * @param request    the request
 * @param scenario   the loaded scenario, null on error
 * @param job        the bound CT job, null on error
 * @param result     the CT result, null on error
 * @param backend    the line describing the backend that reconstructed ("backend cpu: …")
 * @param error      what was wrong, null on success
 */
public record SimulationOutcome(long generation, SimulationRequest request, Scenario scenario, CtJob job, CtResult result,
                                String backend, String error) {

    public SimulationOutcome {
        if ((error == null) == (result == null)) {
            throw new IllegalArgumentException("an outcome has either a result or an error, not both or neither");
        }
    }

    static SimulationOutcome failed(long generation, SimulationRequest request, String error) {
        return new SimulationOutcome(generation, request, null, null, null, "", error);
    }

    public boolean ok() {
        return error == null;
    }

    /** Scan time [s] of the acquisition: rotation time × scanned arc / 2π. */
    public double scanTimeS() {
        var g = result.raw().sinogram().geometry();
        return job.protocol().durationS(g.angularStep() * g.views());
    }
}
