package org.modalis.sweep;

/**
 * The one-parameter fit σ = c/√x (quantum noise against mAs), least squares in log space:
 * minimising Σ (ln σᵢ − ln c + ½ ln xᵢ)² gives ln c = mean(ln σᵢ + ½ ln xᵢ). Log space weights every
 * point by its relative error, which is what a noise ratio between doses is about.
 */
public final class InverseSqrtFit {

    private InverseSqrtFit() {
    }

    /** c for positive x and σ of equal length ≥ 1. */
    public static double coefficient(double[] x, double[] sigma) {
        if (x.length == 0 || x.length != sigma.length) {
            throw new IllegalArgumentException("need equal, non-empty arrays, got " + x.length + " and " + sigma.length);
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] > 0 && sigma[i] > 0)) {
                throw new IllegalArgumentException("x and σ must be positive, got " + x[i] + ", " + sigma[i]);
            }
            sum += Math.log(sigma[i]) + 0.5 * Math.log(x[i]);
        }
        return Math.exp(sum / x.length);
    }
}
