package org.modalis.viewer;

import java.util.List;

import org.modalis.ct.CtJob;
import org.modalis.ct.CtResult;
import org.modalis.scenario.Scenario;

/**
 * The answer to one {@link SimulationRequest}: the validated scenario and the run as its modality's
 * {@link ModalityView}; or, when the scenario or an override was wrong, the loader's message (the viewer
 * keeps showing the last good result beside it).
 *
 * @param generation which request this answers (requests are numbered from 1; the latest wins)
 * @param request    the request
 * @param scenario   the loaded scenario, null on error
 * @param view       the run as the viewer shows it, null on error
 * @param backend    the line describing the backend that reconstructed ("backend cpu: …")
 * @param error      what was wrong, null on success
 * @param phantoms   the shipped phantoms this run's modality can image (the phantom menu), empty on error
 */
public record SimulationOutcome(long generation, SimulationRequest request, Scenario scenario, ModalityView view,
                                String backend, String error, List<String> phantoms) {

    public SimulationOutcome {
        if ((error == null) == (view == null)) {
            throw new IllegalArgumentException("an outcome has either a result or an error, not both or neither");
        }
        phantoms = List.copyOf(phantoms);
    }

    /** An outcome without its phantom menu (added by {@link #withPhantoms}). */
    public SimulationOutcome(long generation, SimulationRequest request, Scenario scenario, ModalityView view,
                             String backend, String error) {
        this(generation, request, scenario, view, backend, error, List.of());
    }

    /** This outcome with the phantoms its modality can image. */
    SimulationOutcome withPhantoms(List<String> names) {
        return new SimulationOutcome(generation, request, scenario, view, backend, error, names);
    }

    static SimulationOutcome failed(long generation, SimulationRequest request, String error) {
        return new SimulationOutcome(generation, request, null, null, "", error);
    }

    public boolean ok() {
        return error == null;
    }

    /** The CT result of a CT run. */
    public CtResult result() {
        return ct().result();
    }

    /** The bound job of a CT run. */
    public CtJob job() {
        return ct().job();
    }

    /** Scan time [s] of a CT acquisition: rotation time × scanned arc / 2π. */
    public double scanTimeS() {
        return ct().scanTimeS();
    }

    /** The MRI view of an MRI run. */
    public MriView mri() {
        if (view instanceof MriView m) {
            return m;
        }
        throw new IllegalStateException("not an MRI run: " + (view == null ? error : view.modality()));
    }

    /** The X-ray view of a radiography run. */
    public XrayView xray() {
        if (view instanceof XrayView x) {
            return x;
        }
        throw new IllegalStateException("not an X-ray run: " + (view == null ? error : view.modality()));
    }

    /** The ultrasound view of a B-mode run. */
    public UltrasoundView ultrasound() {
        if (view instanceof UltrasoundView u) {
            return u;
        }
        throw new IllegalStateException("not an ultrasound run: " + (view == null ? error : view.modality()));
    }

    private CtView ct() {
        if (view instanceof CtView c) {
            return c;
        }
        throw new IllegalStateException("not a CT run: " + (view == null ? error : view.modality()));
    }
}
