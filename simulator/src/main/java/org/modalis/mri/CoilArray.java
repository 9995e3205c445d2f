package org.modalis.mri;

import java.util.ArrayList;
import java.util.List;

/**
 * Receive coils around the field of view, each with its {@link CoilSensitivity}, all with independent thermal
 * noise of the body-coil σ of {@link SnrModel} (no noise correlation between coils).
 *
 * @param coils the sensitivities
 */
public record CoilArray(List<CoilSensitivity> coils) {

    /** Fourier order of the fitted profiles: 7 modes each side resolve a loop of radius ≥ 40 mm to ~1 %. */
    public static final int ORDER = 6;

    public CoilArray {
        coils = List.copyOf(coils);
        if (coils.isEmpty() || coils.size() > 32) {
            throw new IllegalArgumentException("a coil array has 1 … 32 coils, got " + coils.size());
        }
    }

    /**
     * n loop coils evenly spaced on a circle of radius R around the centre (the first at +x, counter-clockwise).
     * Each loop's sensitivity is the on-axis Biot–Savart field of a circular loop of radius a,
     * B(d) ∝ a²/(a² + d²)^(3/2), normalised to 1 at the loop centre and applied at the distance d from it
     * (isotropic around the coil: a simplification of the full off-axis field, which needs elliptic integrals).
     * A failed coil (1-based index, 0 = none) has zero sensitivity: it sees only noise.
     *
     * @param periodX period of the Fourier series along x [m] (twice the FOV along x)
     * @param periodY period along y [m]
     */
    public static CoilArray ring(int n, double ringRadius, double loopRadius, int failed, double periodX, double periodY) {
        if (!(ringRadius > 0 && loopRadius > 0)) {
            throw new IllegalArgumentException("ring and loop radii must be positive [m]");
        }
        if (failed < 0 || failed > n) {
            throw new IllegalArgumentException("failed coil must be 0 (none) or 1 … " + n + ", got " + failed);
        }
        List<CoilSensitivity> list = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (c + 1 == failed) {
                int w = 2 * ORDER + 1;
                list.add(new CoilSensitivity(ORDER, periodX, periodY, new double[w * w], new double[w * w]));
                continue;
            }
            double px = ringRadius * Math.cos(2 * Math.PI * c / n), py = ringRadius * Math.sin(2 * Math.PI * c / n);
            list.add(CoilSensitivity.fit((x, y) -> loopField(Math.hypot(x - px, y - py), loopRadius), ORDER, periodX, periodY));
        }
        return new CoilArray(list);
    }

    /** a³/(a² + d²)^(3/2): the on-axis loop field relative to its centre. */
    static double loopField(double d, double a) {
        return Math.pow(a * a / (a * a + d * d), 1.5);
    }

    public int size() {
        return coils.size();
    }
}
