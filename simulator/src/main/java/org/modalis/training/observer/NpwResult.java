package org.modalis.training.observer;

/**
 * What the NPW model observer achieved on a set of cases.
 *
 * @param present       number of lesion-present cases
 * @param absent        number of lesion-absent cases
 * @param dPrime        detectability d′ = (⟨t⟩₁ − ⟨t⟩₀)/√(½(σ₁² + σ₀²))
 * @param auc           Φ(d′/√2): the AUC of a binormal equal-variance observer with this d′
 * @param empiricalAuc  the Mann–Whitney AUC of the observer's statistics themselves
 */
public record NpwResult(int present, int absent, double dPrime, double auc, double empiricalAuc) {
}
