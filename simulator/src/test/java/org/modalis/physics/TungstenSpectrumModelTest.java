package org.modalis.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tschoonj.xraylib.Xraylib;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modalis.tissue.CompositionMaterial;

/**
 * The tungsten spectrum model against published beam qualities and tube outputs. One number of the model
 * is fitted (the production-depth fraction, to RQR 6's HVL) and one scale (the output, to the reference
 * kerma at 80 kV); every other check here is a prediction.
 */
class TungstenSpectrumModelTest {

    private static final TungstenSpectrumModel MODEL = new TungstenSpectrumModel();
    private static final CompositionMaterial AL = MODEL.aluminium();

    /** The default tube (1 mm Al inherent) with added Al to the given total filtration [mm Al]. */
    private static XraySpectrum withTotalAl(double kvp, double totalMmAl) {
        return MODEL.generate(TungstenTube.of(kvp, new TubeFilter(AL, totalMmAl - 1.0)));
    }

    @Test
    void calibrationReproducesReferenceOutput() {
        double kermaUgy = withTotalAl(80, 2.5).airKermaMgy() * 1e3;
        // The calibration constant is stored to 4 digits: 0.05 % rounding, checked at 0.1 %.
        assertEquals(TungstenSpectrumModel.REFERENCE_KERMA_UGY_PER_MAS, kermaUgy, 1e-3 * kermaUgy,
                () -> "set OUTPUT_CALIBRATION to " + TungstenSpectrumModel.OUTPUT_CALIBRATION
                        * TungstenSpectrumModel.REFERENCE_KERMA_UGY_PER_MAS / kermaUgy);
    }

    @Test
    void outputFollowsTheMeasuredKvDependence() {
        // imablog.net (2015), ~40 radiographic units: 0.008373·kV^1.983 µGy/mAs at 40 in (1.016 m). Only
        // 80 kV was used for calibration; 60, 100 and 120 kV are predictions. Tolerance 15 %: the units'
        // filtration is not stated (the model's own output changes by 13 % at 120 kV per mm Al), and outputs
        // of units of one kind spread by ±10–20 %. Measured model deviations: +5 %, −7 %, −13 %.
        for (double kv : new double[] {60, 100, 120}) {
            double measured = 0.008373 * Math.pow(kv, 1.983) * 1.016 * 1.016;
            double model = withTotalAl(kv, 2.5).airKermaMgy() * 1e3;
            assertEquals(measured, model, 0.15 * measured, kv + " kV");
        }
    }

    @Test
    void outputRisesAsAPowerOfKvThatGrowsWithFiltration() {
        // Textbook "kerma ∝ kVp²" holds for typical filtration: the model gives kV^1.70 at 2.5 mm Al and
        // kV^1.97 at 3.5 mm Al total (the survey above: 1.98). Filtration removes a larger share of a
        // low-kV beam, so the exponent must grow with it; unfiltered Kramers' law alone would give < 2
        // because μen/ρ of air falls with energy.
        double light = kermaExponent(2.5);
        double heavy = kermaExponent(3.5);
        assertTrue(light > 1.6 && light < 2.3, "kerma ∝ kV^" + light);
        assertTrue(heavy > light + 0.1, heavy + " vs " + light);
    }

    private static double kermaExponent(double totalMmAl) {
        return Math.log(withTotalAl(120, totalMmAl).airKermaMgy() / withTotalAl(60, totalMmAl).airKermaMgy()) / Math.log(2);
    }

    @ParameterizedTest(name = "RQR {0} kV: HVL {1} mm Al")
    @CsvSource({"50, 1.78", "60, 2.19", "70, 2.58", "90, 3.48", "100, 3.97", "120, 5.00", "150, 6.57"})
    void rqrQualitiesWithStandardFiltration(double kvp, double hvlMmAl) {
        // IEC 61267:2005 Table 2 (RQR 3–10; RQR 6 at 80 kV is the fitted point, so it is left out). RQR beams
        // come from tubes with ~2.5 mm Al total filtration. Tolerance 3 %: the standard itself accepts the
        // HVL within ±0.03–0.05 mm Al of these values by adjusting filtration (~1.5–3 %).
        assertEquals(hvlMmAl, withTotalAl(kvp, 2.5).halfValueLayerMm(AL), 0.03 * hvlMmAl);
    }

    @ParameterizedTest(name = "RQA at {0} kV + {2} mm Al: HVL {3} mm Al")
    @CsvSource({"50, 1.78, 10, 3.8", "70, 2.58, 21, 6.8", "90, 3.48, 30, 9.2", "120, 5.00, 40, 11.6",
        "150, 6.57, 45, 13.3"})
    void rqaQualities(double kvp, double rqrHvl, double addedMmAl, double rqaHvl) {
        // IEC 61267:2005 Table 4: an RQA beam is the RQR beam (filtration adjusted to the RQR HVL, as the
        // standard prescribes) plus a thick Al "patient" filter. This tests the spectral shape: how the
        // beam hardens through 10–45 mm Al. Tolerance 6 %: the standard lets the tube voltage be adjusted
        // to reach these HVLs; 6 % is ~3 kV at these qualities, within generator kV accuracy (±5 %).
        // (The 1994 edition quoted 7.1 and 11.5 mm Al for RQA 5 and 9.)
        double total = totalFiltrationForHvl(kvp, rqrHvl);
        double hvl = withTotalAl(kvp, total + addedMmAl).halfValueLayerMm(AL);
        assertEquals(rqaHvl, hvl, 0.06 * rqaHvl);
    }

    @ParameterizedTest(name = "21 CFR 1020.30 at {0} kVp: HVL ≥ {1} mm Al")
    @CsvSource({"60, 2.2", "70, 2.5", "80, 2.9", "90, 3.2", "100, 3.6", "110, 3.9", "120, 4.3", "130, 4.7", "140, 5.0"})
    void cfrMinimumHalfValueLayers(double kvp, double minimumMmAl) {
        // The US minimum HVLs (21 CFR 1020.30(m), after 2006) are met with ~2.5 mm Al total filtration. The
        // model lands at 0.98–1.23 × the minimum; the lower bound 0.97 allows IEC's own RQR 4 (60 kV, 2.19 mm),
        // the upper 1.25 reflects that the CFR table lies below 2.5 mm Al beams at high kV (RQR 9 at 120 kV
        // is 5.00 mm, 16 % above the 4.3 mm minimum).
        double hvl = withTotalAl(kvp, 2.5).halfValueLayerMm(AL);
        assertTrue(hvl >= 0.97 * minimumMmAl && hvl <= 1.25 * minimumMmAl, "HVL " + hvl + " mm Al");
    }

    @Test
    void characteristicLinesOnlyAboveTheKEdgeAtTheirEnergies() {
        // Published W energies (Deslattes et al., Rev. Mod. Phys. 75:35, 2003): Kα1 59.318, Kα2 57.981,
        // Kβ1 67.244 keV; the 0.01 keV tolerance is their rounding.
        assertEquals(59.318, Xraylib.LineEnergy(74, Xraylib.KL3_LINE), 0.01);
        assertEquals(57.981, Xraylib.LineEnergy(74, Xraylib.KL2_LINE), 0.01);
        assertEquals(67.244, Xraylib.LineEnergy(74, Xraylib.KM3_LINE), 0.01);
        assertEquals(69.525, MODEL.kEdgeKev(), 0.01);
        XraySpectrum above = withTotalAl(100, 2.5);
        XraySpectrum below = withTotalAl(69, 2.5);
        for (double line : new double[] {59.318, 57.981, 67.244}) {
            // A line adds a spike well above the smooth continuum (neighbour mean); without lines the
            // continuum's curvature over ±0.5 keV is < 1 %.
            assertTrue(spike(above, line) > 1.3, line + " keV at 100 kV: " + spike(above, line));
            if (line < 69) {
                assertEquals(1.0, spike(below, line), 0.01, line + " keV at 69 kV");
            }
        }
        double alpha1 = excess(above, 59.318);
        double alpha2 = excess(above, 57.981);
        // Kα1/Kα2 = ratio of radiative rates (0.502/0.289 = 1.74; Scofield 1974) times the self-filtration
        // ratio, which is ~1 at these nearby energies below the edge: 5 %.
        assertEquals(1.74, alpha1 / alpha2, 0.05 * 1.74);
    }

    @Test
    void kLineYieldGrowsAsOvervoltagePower() {
        // Thick-target K yields grow as (U − 1)^n, U = kVp/E_K: Green & Cosslett (J. Phys. D 1:425, 1968)
        // measured n = 1.63, Tucker et al. (Med. Phys. 18:211, 1991) fitted 1.648 to W spectra. Our yield
        // is not fitted to this; a fit over 80–150 kV gives 1.76. Tolerance ±0.25 on n: published values
        // span ~1.6–1.7 and depend on anode angle through self-absorption.
        double y80 = kAlpha1Excess(80);
        double y150 = kAlpha1Excess(150);
        double n = Math.log(y150 / y80) / Math.log((150 / MODEL.kEdgeKev() - 1) / (80 / MODEL.kEdgeKev() - 1));
        assertEquals(1.64, n, 0.25);
    }

    private static double kAlpha1Excess(double kvp) {
        return excess(MODEL.emitted(TungstenTube.of(kvp)), 59.318);
    }

    @Test
    void characteristicShareOfKermaIsPlausible() {
        // SpekCalc (Poludniowski et al. 2009), run by a user for a 1.5 mm Al beam up to 170 keV, attributes
        // 26 of 299 µGy/mAs (8.7 %) to characteristic X-rays (physicsforums.com thread 570693, 2012). At
        // 150 kV the share must be somewhat smaller (fewer electrons above the edge): we accept 3–10 %.
        var tube = new TungstenTube(150, 12, 0, List.of(new TubeFilter(AL, 1.5)), 0.5, 5);
        XraySpectrum s = MODEL.generate(tube);
        java.util.SortedSet<Integer> lineBins = new java.util.TreeSet<>();   // Kβ components share bins
        for (double line : new double[] {57.981, 59.318, 66.95, 67.244, 69.03, 69.10}) {
            lineBins.add(bin(s, line));
        }
        double lineKerma = 0;
        for (int i : lineBins) {
            double e = s.energyKev(i);
            lineKerma += AirKerma.MGY_PER_UNIT * excess(s, e) * e * AirKerma.dryAir().massEnergyAbsorptionCm2g(e);
        }
        double share = lineKerma / s.airKermaMgy();
        assertTrue(share > 0.03 && share < 0.10, "characteristic share " + share);   // model: 6.6 %
    }

    @Test
    void spectrumEndsAtKvpAndIsNonNegative() {
        XraySpectrum s = withTotalAl(80, 2.5);
        for (int i = 0; i < s.bins(); i++) {
            assertTrue(s.fluence(i) >= 0);
            assertTrue(s.energyKev(i) - 0.25 < 80, "bin starts below kVp");
        }
        assertEquals(80.0, s.energyKev(s.bins() - 1), 1e-12, "the last bin, [79.75, 80] below kVp, has centre 80");
        // Kramers: the continuum falls linearly to 0 at kVp, so the top half-bin holds ≪ the one below it.
        assertTrue(s.fluence(s.bins() - 1) < 0.5 * s.fluence(s.bins() - 2));
    }

    @Test
    void smallerAnodeAngleHardensTheBeam() {
        // More tungsten on the way out (heel effect): the HVL must rise as the take-off angle shrinks.
        double steep = MODEL.generate(new TungstenTube(100, 7, 1, List.of(new TubeFilter(AL, 1.5)), 0.5, 5)).halfValueLayerMm(AL);
        double shallow = MODEL.generate(new TungstenTube(100, 16, 1, List.of(new TubeFilter(AL, 1.5)), 0.5, 5)).halfValueLayerMm(AL);
        assertTrue(steep > shallow * 1.03, steep + " vs " + shallow);
    }

    @Test
    void binWidthDoesNotChangeKermaOrHvl() {
        // Halving the bin width must not change integral quantities beyond the midpoint-rule error (< 1 %).
        var coarse = new TungstenTube(120, 12, 1, List.of(new TubeFilter(AL, 2)), 1.0, 10);
        var fine = new TungstenTube(120, 12, 1, List.of(new TubeFilter(AL, 2)), 0.5, 10);
        XraySpectrum a = MODEL.generate(coarse);
        XraySpectrum b = MODEL.generate(fine);
        assertEquals(b.airKermaMgy(), a.airKermaMgy(), 0.01 * b.airKermaMgy());
        assertEquals(b.halfValueLayerMm(AL), a.halfValueLayerMm(AL), 0.01 * b.halfValueLayerMm(AL));
    }

    @Test
    void tubeParametersAreValidatedWithUnits() {
        var e = assertThrows(IllegalArgumentException.class, () -> TungstenTube.of(160));
        assertTrue(e.getMessage().contains("[20, 150] kV"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TungstenTube(80, 12, 1, List.of(), 0.7, 5));
        assertThrows(IllegalArgumentException.class, () -> new TungstenTube(80, 12, 1, List.of(), 0.5, 5.2));
        assertThrows(IllegalArgumentException.class, () -> new TubeFilter(AL, -1));
    }

    private static double totalFiltrationForHvl(double kvp, double hvl) {
        double lo = 1.0;
        double hi = 10.0;
        while (hi - lo > 1e-3) {
            double mid = 0.5 * (lo + hi);
            if (withTotalAl(kvp, mid).halfValueLayerMm(AL) < hvl) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static int bin(XraySpectrum s, double energyKev) {
        double width = s.energyKev(1) - s.energyKev(0);
        return (int) Math.round((energyKev - s.energyKev(0)) / width);
    }

    /** Fluence in the line's bin over the mean of its two neighbours. */
    private static double spike(XraySpectrum s, double energyKev) {
        int i = bin(s, energyKev);
        return s.fluence(i) / (0.5 * (s.fluence(i - 1) + s.fluence(i + 1)));
    }

    /** Fluence in the line's bin above the neighbours' mean (the line's own photons). */
    private static double excess(XraySpectrum s, double energyKev) {
        int i = bin(s, energyKev);
        return s.fluence(i) - 0.5 * (s.fluence(i - 1) + s.fluence(i + 1));
    }
}
