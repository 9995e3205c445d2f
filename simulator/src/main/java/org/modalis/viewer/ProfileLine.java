package org.modalis.viewer;

/** The line of the profile tool, end points in image coordinates (pixel units). */
public record ProfileLine(double u0, double v0, double u1, double v1) {
}
