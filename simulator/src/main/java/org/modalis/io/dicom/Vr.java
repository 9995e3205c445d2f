package org.modalis.io.dicom;

/**
 * The DICOM value representations this writer uses (PS3.5 §6.2), with the two facts explicit-VR little
 * endian encoding needs: whether the element header has the long form (2 reserved bytes + a 32-bit length,
 * PS3.5 §7.1.2) and which byte pads a value to even length (space for text, NUL for UI and binary).
 */
public enum Vr {
    AE, AS, CS, DA, DS, DT, IS, LO, LT, PN, SH, ST, TM, UI, US, UL, SS, SL, FD, FL,
    OB, OW, SQ, UT;

    /** Whether the header is VR, 2 reserved bytes and a 32-bit length (OB, OW, SQ, UT in this set). */
    public boolean longHeader() {
        return this == OB || this == OW || this == SQ || this == UT;
    }

    /** The byte that pads an odd-length value: NUL for UI and binary VRs, space for text. */
    public byte padding() {
        return switch (this) {
            case UI, OB, OW, US, UL, SS, SL, FD, FL, SQ -> 0;
            default -> ' ';
        };
    }

    /** Whether the value is character data, written as ASCII with '\' between values. */
    public boolean isText() {
        return switch (this) {
            case OB, OW, US, UL, SS, SL, FD, FL, SQ -> false;
            default -> true;
        };
    }
}
