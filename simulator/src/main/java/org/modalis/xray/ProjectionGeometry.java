package org.modalis.xray;

/**
 * Static projection radiography geometry: a point focal spot at (0, SOD, 0) looking along −y through the
 * object, whose reference point is the origin, onto a flat detector in the plane y = −OID, with SOD = SID − OID.
 * Detector pixel (i, j) has its centre at x = (i + 0.5 − cols/2)·pitch, z = (j + 0.5 − rows/2)·pitch
 * (docs/conventions.md pixel-centre rule); rows run along z ascending, columns along x ascending.
 *
 * @param sidM   source-to-image (detector) distance [m], 0.2 … 5
 * @param oidM   object-to-image distance [m], 0 ≤ OID &lt; SID
 * @param pitchM detector pixel pitch [m], 10 µm … 5 mm
 * @param cols   pixels along x, 1 … 8192
 * @param rows   pixels along z, 1 … 8192
 */
public record ProjectionGeometry(double sidM, double oidM, double pitchM, int cols, int rows) {

    public ProjectionGeometry {
        if (!(sidM >= 0.2 && sidM <= 5)) {
            throw new IllegalArgumentException("SID must be in [0.2, 5] m, got " + sidM + " m");
        }
        if (!(oidM >= 0 && oidM < sidM)) {
            throw new IllegalArgumentException("OID must be in [0, SID) = [0, " + sidM + ") m, got " + oidM + " m");
        }
        if (!(pitchM >= 1e-5 && pitchM <= 5e-3)) {
            throw new IllegalArgumentException("detector pitch must be in [0.01, 5] mm, got " + pitchM * 1e3 + " mm");
        }
        if (cols < 1 || cols > 8192 || rows < 1 || rows > 8192) {
            throw new IllegalArgumentException("detector size must be 1 … 8192 pixels per side, got " + cols + " × " + rows);
        }
    }

    /** Source-to-object distance SOD = SID − OID [m]. */
    public double sodM() {
        return sidM - oidM;
    }

    /** Geometric magnification of the object plane, M = SID / SOD (point source). */
    public double magnification() {
        return sidM / sodM();
    }

    /** x [m] of the centre of column i. */
    public double columnX(int i) {
        return (i + 0.5 - cols / 2.0) * pitchM;
    }

    /** z [m] of the centre of row j. */
    public double rowZ(int j) {
        return (j + 0.5 - rows / 2.0) * pitchM;
    }

    /** Field area at the detector plane [m²]: the whole detector, the collimation assumed to match it. */
    public double detectorFieldAreaM2() {
        return cols * pitchM * rows * pitchM;
    }
}
