package org.modalis.ultrasound;

/** How an array scans: which scan lines it fires and from where. */
public enum ArrayType {
    /** Linear array: parallel lines straight down, each fired by a sub-aperture centred on the line. */
    LINEAR,
    /** Phased array: the whole aperture steers lines over a sector from the array centre. */
    PHASED
}
