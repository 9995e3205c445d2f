package org.modalis.viewer;

/** What a left-mouse drag on an image panel does. */
public enum Tool {
    /** Move the image (the wheel zooms in every tool). */
    PAN,
    /** Draw a circular ROI: press at the centre, drag to the radius. */
    ROI,
    /** Draw the line of the profile plot. */
    PROFILE
}
