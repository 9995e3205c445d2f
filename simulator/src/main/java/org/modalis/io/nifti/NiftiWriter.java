package org.modalis.io.nifti;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.io.dicom.PatientGeometry;

/**
 * Writes an image as a single-file NIfTI-1 volume ({@code .nii}; the 348-byte header of nifti1.h, 4 bytes of
 * empty extension flag, float32 little-endian voxels from offset 352, i fastest — the Modalis layout).
 * The world frame is NIfTI's RAS+ in mm; it is the DICOM patient frame of {@link PatientGeometry} with X and
 * Y negated (RAS = (−L, −P, S)), so a voxel lands on the same patient point in both exports:
 * (R, A, S) = (−x, y, z + zOffset) in mm. That map is a reflection, so the qform's quaternion is the 180°
 * rotation about y with qfac = −1 (pixdim[0]); the sform holds the same affine, both with code 1
 * (scanner anatomical). The display window goes to cal_min/cal_max.
 */
public final class NiftiWriter {

    /** Header size, and the offset of the voxels: header + the 4-byte extension flag. */
    static final int HEADER_BYTES = 348;
    static final int VOX_OFFSET = 352;
    private static final short DT_FLOAT32 = 16;
    private static final byte UNITS_MM = 2;
    private static final short XFORM_SCANNER_ANAT = 1;

    private NiftiWriter() {
    }

    /**
     * @param zOffsetM    z of the grid centre in the Modalis frame [m] (an MR slice position), else 0
     * @param description up to 80 ASCII characters, e.g. "Modalis CT number [HU]"
     */
    public static void write(OutputStream out, Image image, double zOffsetM, String description) throws IOException {
        Grid g = image.grid();
        ByteBuffer h = ByteBuffer.allocate(VOX_OFFSET).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0, HEADER_BYTES);
        h.put(38, (byte) 'r');
        short[] dim = {3, (short) g.nx(), (short) g.ny(), (short) g.nz(), 1, 1, 1, 1};
        checkDims(g);
        for (int a = 0; a < 8; a++) {
            h.putShort(40 + 2 * a, dim[a]);
        }
        h.putShort(70, DT_FLOAT32);
        h.putShort(72, (short) 32);
        float[] pixdim = {-1, (float) (g.dx() * 1e3), (float) (g.dy() * 1e3), (float) (g.dz() * 1e3), 0, 0, 0, 0};
        for (int a = 0; a < 8; a++) {
            h.putFloat(76 + 4 * a, pixdim[a]);
        }
        h.putFloat(108, VOX_OFFSET);
        h.putFloat(112, 1);
        h.put(123, UNITS_MM);
        if (image.window() != null) {
            h.putFloat(124, (float) (image.window().level() + image.window().width() / 2));
            h.putFloat(128, (float) (image.window().level() - image.window().width() / 2));
        }
        putAscii(h, 148, description, 80);
        putAffine(h, new PatientGeometry(g, zOffsetM));
        putAscii(h, 344, "n+1", 4);
        out.write(h.array());
        ByteBuffer data = ByteBuffer.allocate(4 * image.data().length).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(image.data());
        out.write(data.array());
    }

    /** RAS affine [mm] of voxel (i, j, k): rows of srow_x, srow_y, srow_z, from the patient geometry. */
    public static double[][] affine(PatientGeometry geometry) {
        double[] o = ras(geometry.lpsMm(0, 0, 0));
        double[] di = ras(geometry.lpsMm(1, 0, 0));
        double[] dj = ras(geometry.lpsMm(0, 1, 0));
        double[] dk = ras(geometry.lpsMm(0, 0, 1));
        double[][] a = new double[3][4];
        for (int r = 0; r < 3; r++) {
            a[r][0] = di[r] - o[r];
            a[r][1] = dj[r] - o[r];
            a[r][2] = dk[r] - o[r];
            a[r][3] = o[r];
        }
        return a;
    }

    /** qform (quaternion b, c, d = 0, 1, 0: 180° about y; qfac −1) and sform: the same affine. */
    private static void putAffine(ByteBuffer h, PatientGeometry geometry) {
        double[][] a = affine(geometry);
        h.putShort(252, XFORM_SCANNER_ANAT);
        h.putShort(254, XFORM_SCANNER_ANAT);
        h.putFloat(256, 0);
        h.putFloat(260, 1);
        h.putFloat(264, 0);
        for (int r = 0; r < 3; r++) {
            h.putFloat(268 + 4 * r, (float) a[r][3]);
            for (int c = 0; c < 4; c++) {
                h.putFloat(280 + 16 * r + 4 * c, (float) a[r][c]);
            }
        }
    }

    private static double[] ras(double[] lps) {
        return new double[] {-lps[0], -lps[1], lps[2]};
    }

    private static void checkDims(Grid g) {
        if (g.nx() > Short.MAX_VALUE || g.ny() > Short.MAX_VALUE || g.nz() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("NIfTI-1 dimensions are at most 32767, got " + g.nx() + "×" + g.ny() + "×" + g.nz());
        }
    }

    private static void putAscii(ByteBuffer h, int offset, String text, int max) {
        byte[] b = String.valueOf(text).replaceAll("[^\\x20-\\x7E]", "?").getBytes(StandardCharsets.US_ASCII);
        h.put(offset, b, 0, Math.min(b.length, max - 1));
    }
}
