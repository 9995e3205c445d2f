package org.modalis.training.exercise;

/**
 * The image's pixel size in object millimetres, measured without asking the modality: each case's
 * noise-free lesion signal has its centroid at a pixel position u (from the image centre,
 * u = i + ½ − n/2 as in docs/conventions.md), and the lesion centre x [mm] is known, so the least-squares
 * slope through the origin, Δ = Σ u·x / Σ u², is the pixel size. This holds for any modality whose
 * image is centred on the isocentre (CT, MRI; X-ray in the object plane includes magnification).
 */
final class PixelScale {

    private double sumUx;
    private double sumUu;
    private double sumVy;
    private double sumVv;

    /** Adds one lesion's noise-free signal (rows × cols, rows = y ascending) and true centre [mm]. */
    void add(float[] signal, int rows, int cols, double xMm, double yMm) {
        double w = 0;
        double ci = 0;
        double cj = 0;
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                double a = Math.abs(signal[j * cols + i]);
                w += a;
                ci += a * i;
                cj += a * j;
            }
        }
        if (w > 0) {
            double u = ci / w + 0.5 - cols / 2.0;
            double v = cj / w + 0.5 - rows / 2.0;
            sumUx += u * xMm;
            sumUu += u * u;
            sumVy += v * yMm;
            sumVv += v * v;
        }
    }

    /** Pixel size [mm] along x, or NaN when no lesion was off-centre in x. */
    double xMm() {
        return sumUu > 1e-6 ? sumUx / sumUu : Double.NaN;
    }

    /** Pixel size [mm] along y, or NaN when no lesion was off-centre in y. */
    double yMm() {
        return sumVv > 1e-6 ? sumVy / sumVv : Double.NaN;
    }
}
