package org.modalis.ct;

import org.modalis.phantom.Ray;

/**
 * Where the rays go, view by view, in the z = 0 plane. Angles in radians, lengths in metres; the full
 * convention (angle zero, bin centres, orientation) is in {@code docs/conventions.md}.
 *
 * <p>Bins: the fractional bin index b runs over [0, bins); bin k covers [k, k + 1) and its centre is
 * b = k + 0.5, the same half-integer convention as pixel centres in {@link org.modalis.image.Grid}. The
 * detector coordinate of b is u = (b − bins/2 + detectorOffsetBins)·spacing, so with no offset the
 * detector is centred on the ray through the isocentre.
 */
public sealed interface CtGeometry permits ParallelBeamGeometry, FanBeamGeometry {

    /** Number of views (projections). */
    int views();

    /** Number of detector bins per view. */
    int bins();

    /** θ (parallel) or source angle β (fan) of the view [rad]: start + view·arc/views. */
    double viewAngle(int view);

    /**
     * Detector coordinate u of the fractional bin index {@code bin} (bin k's centre is k + 0.5): the
     * signed distance t from the isocentre [m] for parallel beam, the fan angle γ [rad] for an
     * {@link DetectorShape#ARC} detector, the position on the detector [m] for a {@link DetectorShape#FLAT} one.
     */
    double binCoordinate(double bin);

    /** Inverse of {@link #binCoordinate}: the fractional bin index of detector coordinate u. */
    double binIndex(double u);

    /** The ray measured at detector coordinate u in view {@code view}, in the z = 0 plane. */
    Ray ray(int view, double u);

    /**
     * True when the arc does not measure every line at least as often as a complete scan does: arc &lt; π
     * for parallel beam (a limited-angle scan, which no weighting can repair), arc &lt; 2π for fan beam
     * (a short scan, reconstructed with Parker weights when the arc covers at least π + fan angle).
     */
    boolean shortScan();

    /** Angular step between views [rad] (arc/views; the dβ or dθ of the backprojection integral). */
    double angularStep();

    /** Centre of bin k as a detector coordinate, {@code binCoordinate(k + 0.5)}. */
    default double binCentre(int k) {
        return binCoordinate(k + 0.5);
    }
}
