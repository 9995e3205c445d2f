package org.modalis.io.dicom;

import org.modalis.image.Image;

/**
 * The linear map from an image's float values to 16-bit stored pixel values, value = slope·stored +
 * intercept (PS3.3 §C.11.1.1.2, the Modality LUT's rescale), with stored values rounded to the nearest
 * integer and clamped to the range of 16 signed or unsigned bits. Rows are written from the largest y
 * down (see {@link PatientGeometry}), columns in x order.
 *
 * @param slope     value per stored unit (&gt; 0)
 * @param intercept value at stored 0
 * @param signed    two's complement (Pixel Representation 1) or unsigned (0)
 */
public record StoredPixels(double slope, double intercept, boolean signed) {

    public StoredPixels {
        if (!(slope > 0) || !Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("rescale slope must be positive and intercept finite, got "
                    + slope + ", " + intercept);
        }
    }

    public int minStored() {
        return signed ? Short.MIN_VALUE : 0;
    }

    public int maxStored() {
        return signed ? Short.MAX_VALUE : 0xFFFF;
    }

    /** The stored value of {@code v}: round((v − intercept)/slope), clamped; NaN stores the intercept's value. */
    public int stored(double v) {
        double s = Math.rint((v - intercept) / slope);
        if (Double.isNaN(s)) {
            return (int) Math.max(minStored(), Math.min(maxStored(), Math.rint(-intercept / slope)));
        }
        return (int) Math.max(minStored(), Math.min(maxStored(), s));
    }

    /** Slice k of the image as stored samples, rows from the largest y down. */
    public short[] encode(Image image, int k) {
        var g = image.grid();
        short[] out = new short[g.nx() * g.ny()];
        float[] v = image.data();
        for (int r = 0; r < g.ny(); r++) {
            int j = g.ny() - 1 - r;
            for (int i = 0; i < g.nx(); i++) {
                out[r * g.nx() + i] = (short) stored(v[g.index(i, j, k)]);
            }
        }
        return out;
    }
}
