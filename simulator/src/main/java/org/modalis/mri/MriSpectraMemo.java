package org.modalis.mri;

import org.modalis.image.Grid;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.pipeline.LastValueMemo;
import org.modalis.pipeline.Progress;

/**
 * The contrast-independent MRI stages a {@link MriPipeline} may reuse from its previous run: the per-tissue slab
 * spectra on the acquisition's k-space lattice ({@link TissueSpectra}: phantom × slab × lattice × field error) and
 * the truth's compositions ({@link TruthComposition}: phantom × grid × slab). An edit of TR, TE, TI, flip angle,
 * sequence, NEX, noise, seed, window or zero-filling then skips every shape transform and gives the very bytes a
 * fresh run gives (the tests check this). Phantoms are compared by identity (hand the same object for an
 * unchanged phantom, as {@code ScenarioPhantoms.remembering} does); the other key parts are values. One entry per
 * stage: about tissues × lines × samples × 8 bytes (10 MB for ten tissues at 256 × 512).
 */
public final class MriSpectraMemo {

    /** Everything the lattice spectra depend on: the lattice as values, the slab, the phantom (identity). */
    private record SpectraKey(AnalyticPhantom phantom, double z0, double thickness, Object geometry) {
    }

    /** The Cartesian lattice: matrix, steps, the readout direction incl. the field gradient's tilt. */
    private record CartesianGeometry(int rows, int cols, double dkRow, double du, PhaseDirection dir, double gxTime,
                                     double gyTime) {
    }

    private record RadialGeometry(RadialTrajectory trajectory, double gxTime, double gyTime) {
    }

    private record TruthKey(AnalyticPhantom phantom, Grid grid, double z0, double thickness) {
    }

    private final LastValueMemo<SpectraKey, TissueSpectra> spectra = new LastValueMemo<>();
    private final LastValueMemo<TruthKey, TruthComposition> truths = new LastValueMemo<>();

    /** {@link MrAcquisition#spectra}, remembered. */
    public TissueSpectra cartesian(AnalyticPhantom phantom, MrProtocol p, ShimField shim, Progress progress) {
        double time = p.pixelRead() / p.bandwidthPerPixelHz();
        var geometry = new CartesianGeometry(p.matrixPhase(), p.acquiredRead(), 1.0 / p.fovPhase(),
                1.0 / (p.fovRead() * p.readoutOversampling()), p.phaseDirection(), shim.gxHzPerM() * time, shim.gyHzPerM() * time);
        return spectra.get(new SpectraKey(phantom, p.slicePosition(), p.sliceThickness(), geometry),
                () -> MrAcquisition.spectra(phantom, p, shim, progress));
    }

    /** {@link RadialAcquisition#spectra}, remembered. */
    public TissueSpectra radial(AnalyticPhantom phantom, MrProtocol p, RadialTrajectory t, ShimField shim, Progress progress) {
        double time = p.pixelRead() / p.bandwidthPerPixelHz();
        var geometry = new RadialGeometry(t, shim.gxHzPerM() * time, shim.gyHzPerM() * time);
        return spectra.get(new SpectraKey(phantom, p.slicePosition(), p.sliceThickness(), geometry),
                () -> RadialAcquisition.spectra(phantom, p, t, shim, progress));
    }

    /** {@link TruthComposition#of}, remembered. */
    public TruthComposition truth(AnalyticPhantom phantom, Grid grid, MrProtocol p) {
        return truths.get(new TruthKey(phantom, grid, p.slicePosition(), p.sliceThickness()),
                () -> TruthComposition.of(phantom, grid, p.slicePosition(), p.sliceThickness()));
    }

    /** Runs answered from memory so far: spectra, truths. */
    public long[] hits() {
        return new long[] {spectra.hits(), truths.hits()};
    }
}
