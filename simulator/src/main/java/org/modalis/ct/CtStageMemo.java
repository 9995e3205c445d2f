package org.modalis.ct;

import org.modalis.ct.acquisition.CtAcquisition;
import org.modalis.ct.acquisition.CtProtocol;
import org.modalis.ct.acquisition.CtScanner;
import org.modalis.ct.acquisition.NoiseFreeProjection;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.phantom.Phantom;
import org.modalis.pipeline.LastValueMemo;

/**
 * The noise-free CT stages a {@link CtPipeline} may reuse from its previous run: the projection (phantom ×
 * scanner × protocol apart from exposure, noise and element gains; {@link CtAcquisition#projectionKey}) and
 * the truth image (phantom × grid × the beam's effective energy and the HU scale). An edit of the mAs, the
 * seed, the noise, a bad element or the reconstruction then skips the ray tracing and the polychromatic
 * sum, which are most of a run, and gives the very bytes a fresh run gives (the tests check this). Phantoms
 * are compared by identity, so the caller must hand the same phantom object for an unchanged phantom
 * ({@code ScenarioPhantoms.remembering}); other keys are records compared by value.
 */
public final class CtStageMemo {

    private record ProjectionKey(Phantom phantom, CtScanner scanner, CtProtocol protocol) {
    }

    private record TruthKey(Phantom phantom, Grid grid, double effectiveEnergyKev, double muWater, double muAir) {
    }

    private final LastValueMemo<ProjectionKey, NoiseFreeProjection> projections = new LastValueMemo<>();
    private final LastValueMemo<TruthKey, Image> truths = new LastValueMemo<>();

    NoiseFreeProjection projection(Phantom phantom, CtScanner scanner, CtProtocol protocol,
                                   java.util.function.Supplier<NoiseFreeProjection> compute) {
        return projections.get(new ProjectionKey(phantom, scanner, CtAcquisition.projectionKey(protocol)), compute);
    }

    Image truth(Phantom phantom, Grid grid, double effectiveEnergyKev, HounsfieldScale scale,
                java.util.function.Supplier<Image> compute) {
        return truths.get(new TruthKey(phantom, grid, effectiveEnergyKev, scale.muWater(), scale.muAir()), compute);
    }

    /** Runs answered from memory so far: projections, truths. */
    public long[] hits() {
        return new long[] {projections.hits(), truths.hits()};
    }
}
