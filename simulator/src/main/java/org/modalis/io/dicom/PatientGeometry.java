package org.modalis.io.dicom;

import org.modalis.image.Grid;

/**
 * Where a Modalis grid sits in the DICOM patient coordinate system (LPS: +X towards the patient's left,
 * +Y posterior, +Z head; PS3.3 §C.7.6.2.1.1), for a supine, head-first patient (HFS).
 * Modalis images put +y anterior (docs/conventions.md) and +x on the viewer's right, which in the
 * radiological display (axial slices seen from the feet) is the patient's left; +z is towards the head,
 * as the radiograph's +z at the top of its PNG. So (X, Y, Z)_LPS = (x, −y, z + zOffset) in mm — a
 * reflection of y only — the same for DICOM and NIfTI (whose qform records it with qfac = −1). DICOM rows
 * are written from the largest y down (anterior at the top, as the PNGs), so the row direction cosine is
 * +X and the column direction cosine is +Y: the standard axial orientation.
 *
 * @param grid     the image grid
 * @param zOffsetM z of the grid's centre in the Modalis frame [m] (an MR slice position), 0 otherwise
 */
public record PatientGeometry(Grid grid, double zOffsetM) {

    /** Image Orientation (Patient): rows along +X, columns along +Y. */
    public static final double[] AXIAL_ORIENTATION = {1, 0, 0, 0, 1, 0};

    /** LPS position [mm] of the centre of voxel (i, j, k), with i, j, k the Modalis indices. */
    public double[] lpsMm(double i, double j, double k) {
        return new double[] {x(i) * 1e3, -y(j) * 1e3, (z(k) + zOffsetM) * 1e3};
    }

    /** DICOM Image Position (Patient) [mm] of slice k: the centre of the first written pixel (i = 0, j = ny − 1). */
    public double[] imagePositionMm(int k) {
        return lpsMm(0, grid.ny() - 1, k);
    }

    /** Slice Location [mm]: the Z of slice k (the position along the normal of the axial plane). */
    public double sliceLocationMm(int k) {
        return lpsMm(0, 0, k)[2];
    }

    private double x(double i) {
        return (i + 0.5 - grid.nx() / 2.0) * grid.dx();
    }

    private double y(double j) {
        return (j + 0.5 - grid.ny() / 2.0) * grid.dy();
    }

    private double z(double k) {
        return (k + 0.5 - grid.nz() / 2.0) * grid.dz();
    }
}
