package org.modalis.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modalis.tissue.CompositionMaterial;
import org.modalis.tissue.TissueLibrary;
import org.modalis.tissue.XrayMaterial;

class AirKermaTest {

    private static final TissueLibrary LIBRARY = TissueLibrary.load();
    private static final XrayMaterial AL = LIBRARY.require("aluminium").xray();

    @Test
    void monochromaticKermaIsFluenceTimesEnergyTimesMuEn() {
        // K = Φ·E·(μen/ρ)_air with NIST's μen/ρ(60 keV) = 0.03041 cm²/g (Hubbell & Seltzer, air table):
        // 10⁶ /mm² = 10¹² /m²; 60 keV = 9.613e-15 J; 0.03041 cm²/g = 3.041e-3 m²/kg → 2.923e-5 Gy.
        // 1 %: the μen/ρ model's agreement with NIST (0.4 %) plus margin.
        XraySpectrum mono = XraySpectrum.monochromatic(60, 1e6);
        assertEquals(2.923e-2, mono.airKermaMgy(), 0.01 * 2.923e-2);
    }

    @Test
    void beerLambertFilteringOfAMonochromaticBeam() {
        XrayMaterial water = LIBRARY.require("water").xray();
        XraySpectrum mono = XraySpectrum.monochromatic(60, 1.0);
        double t = 0.02;
        XraySpectrum out = mono.filtered(water, t);
        // Exactly exp(−μt) of the material (double rounding only) ...
        assertEquals(Math.exp(-water.mu(60) * t), out.fluence(0), 1e-15);
        // ... and, with NIST μ/ρ(60 keV) = 0.2059 cm²/g, exp(−0.4118) to the 1 % of the μ data.
        assertEquals(Math.exp(-0.2059 * 2), out.fluence(0), 0.01 * Math.exp(-0.2059 * 2));
    }

    @Test
    void halfValueLayerOfAMonochromaticBeamIsLn2OverMu() {
        XraySpectrum mono = XraySpectrum.monochromatic(60, 1.0);
        double expectedMm = Math.log(2) / AL.mu(60) * 1e3;
        // Bisection to 1e-6 mm.
        assertEquals(expectedMm, mono.halfValueLayerMm(AL), 1e-5);
        // NIST Al μ/ρ(60 keV) = 0.2778 cm²/g, ρ = 2.699: HVL = 9.245 mm, within the 1 % of μ data.
        assertEquals(9.245, mono.halfValueLayerMm(AL), 0.01 * 9.245);
        assertEquals(2 * expectedMm, mono.quarterValueLayerMm(AL), 1e-5);
        assertEquals(1.0, mono.homogeneityCoefficient(AL), 1e-5);
    }

    @Test
    void polychromaticBeamHardens() {
        TungstenSpectrumModel model = new TungstenSpectrumModel();
        XraySpectrum s = model.generate(TungstenTube.of(80, new TubeFilter((CompositionMaterial) AL, 1.5)));
        double hvl = s.halfValueLayerMm(AL);
        double h = s.homogeneityCoefficient(AL);
        // Second HVL > first: the homogeneity coefficient of diagnostic beams is 0.6–0.9 (IEC 61267 lists
        // ~0.7 for the RQR qualities).
        assertTrue(h > 0.6 && h < 0.9, "homogeneity " + h);
        assertTrue(s.quarterValueLayerMm(AL) > 2 * hvl);
        // Kerma after one HVL is half, by definition (bisection tolerance).
        XraySpectrum after = s.filtered(AL, hvl * 1e-3);
        assertEquals(0.5, after.airKermaMgy() / s.airKermaMgy(), 1e-6);
        assertTrue(after.meanEnergyKev() > s.meanEnergyKev());
    }
}
