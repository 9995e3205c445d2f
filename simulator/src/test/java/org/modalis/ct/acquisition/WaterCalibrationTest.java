package org.modalis.ct.acquisition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modalis.physics.XraySpectrum;

class WaterCalibrationTest {

    private static DetectorExposure exposure(BeamSpec beam) {
        XraySpectrum s = new TubeBeam(CtFixtures.TISSUES).spectrum(beam);
        return DetectorExposure.of(s, 1.0, 1.0, 1.0);
    }

    @Test
    void monochromaticLineIntegralIsMuTimesLengthAndCorrectionIsIdentity() {
        WaterCalibration cal = new WaterCalibration(exposure(BeamSpec.mono(70)), CtFixtures.water(), CtFixtures.air());
        double mu = CtFixtures.water().mu(70);
        assertEquals(mu, cal.muWater(), 1e-9 * mu);
        assertEquals(70, cal.effectiveEnergyKev(), 1e-9);
        for (double l : new double[] {0.01, 0.1, 0.3}) {
            // Table interpolation of an exactly linear function: float-level agreement.
            assertEquals(mu * l, cal.lineIntegral(l), 1e-9);
            assertEquals(mu * l, cal.correct(mu * l), 1e-9);
        }
    }

    @Test
    void polychromaticWaterHardensAndTheCorrectionLinearizesIt() {
        WaterCalibration cal = new WaterCalibration(exposure(BeamSpec.poly(120, 2.5, 0)), CtFixtures.water(), CtFixtures.air());
        // Beam hardening: the effective μ (p/L) falls with length (by ~9 % from 2 to 40 cm at 120 kVp, 3.5 mm Al).
        double shortSlope = cal.lineIntegral(0.02) / 0.02;
        double longSlope = cal.lineIntegral(0.4) / 0.4;
        assertTrue(shortSlope > 1.05 * longSlope, "μ_eff at 2 cm " + shortSlope + " vs at 40 cm " + longSlope);
        // The 120 kVp, 3.5 mm Al beam after 20 cm of water has an effective energy of roughly 60–75 keV.
        assertTrue(cal.effectiveEnergyKev() > 55 && cal.effectiveEnergyKev() < 80, "E_eff " + cal.effectiveEnergyKev());
        // Correction: p(L) → μ_ref·L, to the table's interpolation error (0.25 mm steps, smooth curve).
        for (double l : new double[] {0.005, 0.05, 0.2, 0.35}) {
            assertEquals(cal.muWater() * l, cal.correct(cal.lineIntegral(l)), 1e-6 * cal.muWater() * l + 1e-9);
        }
        assertEquals(0.2, cal.waterLength(cal.lineIntegral(0.2)), 1e-9);
    }

    @Test
    void waterLengthInvertsTheTableEverywhere() {
        // lineIntegral interpolates the table linearly and waterLength inverts that interpolation exactly, so the
        // round trip returns L to rounding (1e-12 m) at every length, in every table cell the guided search can
        // start from; a wrong guide or search step would land one cell off (≥ 0.25 mm).
        WaterCalibration cal = new WaterCalibration(exposure(BeamSpec.poly(120, 2.5, 0)), CtFixtures.water(), CtFixtures.air());
        for (int n = 0; n < 9973; n++) {
            double l = n * 1e-4 + 3.7e-6;
            assertEquals(l, cal.waterLength(cal.lineIntegral(l)), 1e-12, "L = " + l);
        }
        assertEquals(1.1, cal.waterLength(cal.lineIntegral(1.0) + (cal.lineIntegral(1.0) - cal.lineIntegral(0.99975)) * 400), 1e-9);
    }
}
