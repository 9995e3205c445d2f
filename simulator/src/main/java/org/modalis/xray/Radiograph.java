package org.modalis.xray;

/**
 * The measurement of one exposure, per detector pixel (index j·cols + i, row j along z, column i along x),
 * all in keV of energy deposited in the scintillator: the noisy {@code reading}, its noise-free
 * {@code mean} and compound-Poisson {@code variance} behind the object, and the noise-free open field
 * {@code openField} (no object) used for flat-field normalisation; plus the air kerma incident on each
 * pixel behind the object {@code kermaMgy} [mGy], free in air (no scatter).
 */
public record Radiograph(ProjectionGeometry geometry, float[] reading, double[] mean, double[] variance,
                         double[] openField, double[] kermaMgy) {

    /** The same exposure read without noise: reading = mean (float32). */
    public Radiograph noiseFree() {
        float[] r = new float[mean.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = (float) mean[k];
        }
        return new Radiograph(geometry, r, mean, variance, openField, kermaMgy);
    }

    /** Relative exposure reading/open field: 1 where nothing attenuates, noisy. */
    public float[] relativeExposure() {
        float[] out = new float[reading.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = openField[k] > 0 ? (float) (reading[k] / openField[k]) : 0f;
        }
        return out;
    }

    /**
     * Noise-free relative exposure mean/open field, divided in double precision (exactly 1 where nothing
     * attenuates): the polychromatic transmission as the detector weights it.
     */
    public float[] truth() {
        float[] out = new float[mean.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = openField[k] > 0 ? (float) (mean[k] / openField[k]) : 0f;
        }
        return out;
    }
}
