package org.modalis.ultrasound;

/**
 * The point-spread function of a wire read off the envelope in line × sample space: the peak (searched within
 * ±3 mm or ±3° laterally and ±20 % + 2 mm in depth of where the wire truly is), its apparent depth (parabolic
 * sub-sample peak), and the full widths at half maximum along the line (axial) and across lines (lateral, on the
 * per-line maxima within one axial FWHM of the peak), both by linear interpolation of the half-maximum crossings.
 *
 * @param peak           peak envelope
 * @param apparentRange  range of the peak along its line [m] as displayed (c = 1540 m/s)
 * @param axialFwhm      [m]
 * @param lateralFwhm    [m] (phased: angular width × range); NaN if the profile does not fall to half on both sides
 * @param lateralShift   displayed minus true lateral position of the peak [m] (parabolic across lines; phased: the
 *                       angle difference × range), what refraction changes
 */
public record WireMeasurement(double peak, double apparentRange, double axialFwhm, double lateralFwhm,
                              double lateralShift) {

    public static WireMeasurement measure(float[] envelope, ScanLines lines, ChannelLayout layout, WireTarget wire,
                                          double assumedSpeed) {
        int n = layout.samples();
        double perMetre = 2 * layout.samplingRate() / assumedSpeed;
        double trueRange = lines.range(wire.x(), wire.z());
        int k0 = Math.max(1, (int) ((trueRange * 0.8 - 2e-3) * perMetre));
        int k1 = Math.min(n - 2, (int) ((trueRange * 1.2 + 2e-3) * perMetre));
        double u = lines.lineCoordinate(wire.x(), wire.z());
        double reach = lines.step() > 0 ? (lines.type() == ArrayType.LINEAR ? 3e-3 : Math.toRadians(3)) / lines.step() : 0;
        int l0 = Math.max(0, (int) Math.floor(u - reach)), l1 = Math.min(lines.count() - 1, (int) Math.ceil(u + reach));
        int bestL = -1, bestK = -1;
        float best = -1;
        for (int l = l0; l <= l1; l++) {
            for (int k = k0; k <= k1; k++) {
                if (envelope[l * n + k] > best) {
                    best = envelope[l * n + k];
                    bestL = l;
                    bestK = k;
                }
            }
        }
        if (bestL < 0) {
            return new WireMeasurement(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] axial = new double[n];
        for (int k = 0; k < n; k++) {
            axial[k] = envelope[bestL * n + k];
        }
        double axialWidth = fwhm(axial, bestK);
        double ym = axial[bestK - 1], y0 = axial[bestK], yp = axial[bestK + 1];
        double denominator = ym - 2 * y0 + yp;
        double offset = denominator < 0 ? 0.5 * (ym - yp) / denominator : 0;
        double range = (bestK + offset) / perMetre;
        int half = Math.max(1, (int) Math.round(axialWidth / 2));
        double[] lateral = new double[lines.count()];
        for (int l = 0; l < lines.count(); l++) {
            for (int k = Math.max(0, bestK - half); k <= Math.min(n - 1, bestK + half); k++) {
                lateral[l] = Math.max(lateral[l], envelope[l * n + k]);
            }
        }
        double lateralWidth = fwhm(lateral, bestL) * lines.step() * (lines.type() == ArrayType.LINEAR ? 1 : range);
        double shift = Double.NaN;
        if (bestL > 0 && bestL < lines.count() - 1) {
            double lm = lateral[bestL - 1], lc = lateral[bestL], lp = lateral[bestL + 1], d = lm - 2 * lc + lp;
            double at = bestL + (d < 0 ? 0.5 * (lm - lp) / d : 0);
            shift = (at - u) * lines.step() * (lines.type() == ArrayType.LINEAR ? 1 : range);
        }
        return new WireMeasurement(best, range, axialWidth / perMetre, lateralWidth, shift);
    }

    /** Full width at half maximum [samples] of {@code p} around its peak at {@code i}; NaN if it never halves. */
    static double fwhm(double[] p, int i) {
        double halfMax = p[i] / 2;
        int a = i;
        while (a > 0 && p[a] > halfMax) {
            a--;
        }
        int b = i;
        while (b < p.length - 1 && p[b] > halfMax) {
            b++;
        }
        if (p[a] > halfMax || p[b] > halfMax) {
            return Double.NaN;
        }
        double left = a + (halfMax - p[a]) / (p[a + 1] - p[a]);
        double right = b - 1 + (p[b - 1] - halfMax) / (p[b - 1] - p[b]);
        return right - left;
    }
}
