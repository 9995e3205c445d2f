package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modalis.physics.TungstenSpectrumModel;

class AntiScatterGridTest {

    private static final AntiScatterGrid GRID = new AntiScatterGrid(10, 40, 45e-6, false);

    @Test
    void geometryFollowsFromRatioDensityAndStripWidth() {
        assertEquals(250e-6, GRID.periodM(), 1e-15);
        assertEquals(205e-6, GRID.interspaceM(), 1e-15);
        assertEquals(2.05e-3, GRID.heightM(), 1e-15);
        assertEquals(0.82, GRID.openFraction(), 1e-12);
    }

    @Test
    void primaryTransmissionIsOpenFractionTimesInterspacerAttenuation() {
        // NIST XCOM: μ/ρ of aluminium at 60 keV = 0.2778 cm²/g, ρ = 2.699 g/cm³ → μ = 0.7498 /cm;
        // Tp = 0.82·exp(−0.7498·0.205) = 0.7036. xraylib's cross sections differ from XCOM by < 1 %: 0.5 %.
        double expected = 0.82 * Math.exp(-0.2778 * 2.699 * 0.205);
        assertEquals(expected, GRID.primaryTransmission(60, new TungstenSpectrumModel()), 0.005 * expected);
    }

    @Test
    void stationaryGridLinesAliasToTheBeatFrequency() {
        // 0.2 mm pixels sample at 5 /mm; 40 lines/cm = 4 /mm aliases to |4 − 5| = 1 /mm: a period of 5 pixels.
        ProjectionGeometry g = new ProjectionGeometry(1, 0.1, 0.2e-3, 200, 1);
        double[] f = GRID.columnFactors(g);
        double min = Double.MAX_VALUE, max = 0, mean = 0;
        for (int i = 0; i < f.length; i++) {
            if (i + 5 < f.length) {
                assertEquals(f[i], f[i + 5], 1e-9, "period of 5 pixels at column " + i);
            }
            min = Math.min(min, f[i]);
            max = Math.max(max, f[i]);
            mean += f[i] / f.length;
        }
        assertTrue(max - min > 0.05, "visible grid lines: " + min + " … " + max);
        // 200 pixels = 40 mm = exactly 160 grid periods: the mean open fraction is exact.
        assertEquals(1, mean, 1e-9);
        // Commensurate pitch (0.25 mm = one period): every pixel sees one whole strip, no pattern.
        double[] c = GRID.columnFactors(new ProjectionGeometry(1, 0.1, 0.25e-3, 40, 1));
        for (double v : c) {
            assertEquals(1, v, 1e-9);
        }
        double[] moving = new AntiScatterGrid(10, 40, 45e-6, true).columnFactors(g);
        for (double v : moving) {
            assertEquals(1, v, 0);
        }
    }

    @Test
    void rejectsImpossibleGrids() {
        assertThrows(IllegalArgumentException.class, () -> new AntiScatterGrid(3, 40, 45e-6, false));
        assertThrows(IllegalArgumentException.class, () -> new AntiScatterGrid(10, 80, 125e-6, false)); // d > 100 µm
        assertThrows(IllegalArgumentException.class, () -> new AntiScatterGrid(10, 100, 50e-6, false)); // N > 80 /cm
    }
}
