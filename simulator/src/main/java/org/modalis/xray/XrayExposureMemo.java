package org.modalis.xray;

import java.util.List;
import java.util.function.Supplier;
import org.modalis.phantom.Phantom;
import org.modalis.physics.TungstenTube;
import org.modalis.pipeline.LastValueMemo;

/**
 * The noise-free exposure an {@link XrayPipeline} may reuse from its previous run: it depends on the object, the
 * tube, the geometry, the detector, the focal spot, the heel effect, the motion, the collimation, scatter and the
 * grid — not on the mAs (it is kept at 1 mAs, {@link UnitExposure}), the noise, the seed, the readout or the ROIs.
 * An mAs, noise or readout edit in the viewer then skips the ray tracing through the voxels and the spectrum sum,
 * most of a radiograph's cost. Phantoms are compared by identity (the caller hands the same object for an unchanged
 * phantom, {@code ScenarioPhantoms.remembering}); the tube by its settings and its filters' material names and
 * thicknesses (a binding makes new material objects for the same filter); the rest are records compared by value.
 * Thread-safe.
 */
public final class XrayExposureMemo {

    private record Key(Phantom phantom, TubeKey tube, ProjectionGeometry geometry, CsiDetector detector,
                       FocalSpot focalSpot, boolean heel, MotionBlur motion, Collimator field, boolean scatter,
                       AntiScatterGrid grid) {
    }

    private record TubeKey(double kvp, double anodeAngleDeg, double inherentFiltrationMmAl, List<FilterKey> filters,
                           double binWidthKev, double minEnergyKev) {

        static TubeKey of(TungstenTube t) {
            return new TubeKey(t.kvp(), t.anodeAngleDeg(), t.inherentFiltrationMmAl(), t.addedFilters().stream()
                    .map(f -> new FilterKey(f.material().name(), f.thicknessMm())).toList(), t.binWidthKev(), t.minEnergyKev());
        }
    }

    private record FilterKey(String material, double thicknessMm) {
    }

    private final LastValueMemo<Key, UnitExposure> exposures = new LastValueMemo<>();

    UnitExposure exposure(XrayJob job, Supplier<UnitExposure> compute) {
        return exposures.get(new Key(job.phantom(), TubeKey.of(job.tube()), job.geometry(), job.detector(), job.focalSpot(),
                job.heel(), job.motion(), job.field(), job.scatter(), job.grid()), compute);
    }

    /** Runs answered from memory so far. */
    public long hits() {
        return exposures.hits();
    }
}
