package org.modalis.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TungstenElectronPathTest {

    @ParameterizedTest(name = "water {0} keV")
    @CsvSource({"10, 22.56", "20, 13.17", "50, 6.603", "100, 4.115"})
    void betheFormulaReproducesEstarForWater(double tKev, double estarMevCm2g) {
        // NIST ESTAR collision stopping power of liquid water (⟨Z/A⟩ = 0.55508, I = 75 eV; ICRU Report 37),
        // MeV cm²/g. Same formula as for tungsten, other constants; the density effect is zero below
        // 150 keV. 1 %: ESTAR's own uncertainty in this range is 1–2 %.
        double s = TungstenElectronPath.collisionStoppingPowerKevCm2g(tKev, 0.55508, 0.075) / 1e3;
        assertEquals(estarMevCm2g, s, 0.01 * estarMevCm2g);
    }

    @Test
    void depthGrowsAsTheElectronSlowsDown() {
        TungstenElectronPath path = new TungstenElectronPath(100, 5, 256);
        assertEquals(0.0, path.depthGcm2(path.intervals()), 0);
        for (int k = 0; k < path.intervals(); k++) {
            assertTrue(path.depthGcm2(k) > path.depthGcm2(k + 1));
        }
        // Thomson–Whiddington check: with S ∝ 1/T the range from T0 to 0 is T0/(2·S(T0)); the Bethe S falls
        // a little slower than 1/T, so the CSDA range lies within 25 % of that estimate (2.0 MeV cm²/g at
        // 100 keV → 0.025 g/cm², i.e. 13 µm of tungsten).
        double estimate = 100 / (2 * TungstenElectronPath.collisionStoppingPowerKevCm2g(100));
        assertEquals(estimate, path.rangeGcm2(), 0.25 * estimate);
    }
}
