package org.modalis.ct;

/**
 * Shape of a fan-beam detector. {@link #ARC}: bins equally spaced in fan angle γ on an arc centred on the
 * source (third-generation CT, "equiangular"); {@link #FLAT}: bins equally spaced along a straight line
 * perpendicular to the central ray ("equispaced"). Kak &amp; Slaney §3.4.1 and §3.4.2.
 */
public enum DetectorShape {
    /** Equiangular: the bin coordinate is the fan angle γ [rad]. */
    ARC,
    /** Equispaced: the bin coordinate is the position u on the detector [m]. */
    FLAT
}
