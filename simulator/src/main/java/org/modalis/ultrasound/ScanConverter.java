package org.modalis.ultrasound;

/**
 * Scan conversion: from line data [line][sample] to the Cartesian {@link ScanGrid}, bilinear in (line, sample).
 * Pixel (x, z) lies at fractional line u = (x − x₀)/Δx (linear) or (atan2(x, z) − θ₀)/Δθ (phased) and at sample
 * r·2fs/c with r = z or √(x² + z²); pixels outside the scanned region get {@code fill}.
 */
public final class ScanConverter {

    private ScanConverter() {
    }

    public static void convert(float[] lineData, ScanLines lines, int samples, double samplingRate, double assumedSpeed,
                               ScanGrid grid,
                               float fill, float[] out) {
        double perMetre = 2 * samplingRate / assumedSpeed;
        int last = lines.count() - 1;
        for (int j = 0; j < grid.nz(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double x = grid.x(i), z = grid.z(j);
                double u = lines.lineCoordinate(x, z);
                double s = lines.range(x, z) * perMetre;
                int o = j * grid.nx() + i;
                if (u < 0 || u > last || s > samples - 1 || (last == 0 && Math.abs(x - lines.originX(0)) > grid.dx())) {
                    out[o] = fill;
                    continue;
                }
                int l0 = Math.min((int) u, Math.max(last - 1, 0));
                int k0 = Math.min((int) s, samples - 2);
                double fu = last == 0 ? 0 : u - l0, fk = s - k0;
                int l1 = last == 0 ? l0 : l0 + 1;
                double a = lineData[l0 * samples + k0] * (1 - fk) + lineData[l0 * samples + k0 + 1] * fk;
                double b = lineData[l1 * samples + k0] * (1 - fk) + lineData[l1 * samples + k0 + 1] * fk;
                out[o] = (float) (a * (1 - fu) + b * fu);
            }
        }
    }
}
