package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.TungstenTube;
import org.modalis.physics.XraySpectrum;

class HeelEffectTest {

    private static final TungstenSpectrumModel MODEL = new TungstenSpectrumModel();
    private static final TungstenTube TUBE = TungstenTube.of(80);

    @Test
    void factorsEqualTheRatioOfSpectraAtTheRaysTakeOffAngle() {
        ProjectionGeometry g = new ProjectionGeometry(1.0, 0.1, 2e-3, 1, 101); // ±10 cm along z
        double[] f = HeelEffect.rowFactors(MODEL, TUBE, g);
        XraySpectrum central = MODEL.generate(TUBE);
        int bins = central.bins();
        for (int j : new int[] {0, 17, 50, 77, 100}) {
            double phi = Math.toDegrees(Math.atan(g.rowZ(j) / g.sidM()));
            XraySpectrum direct = MODEL.generate(HeelEffect.withAnodeAngle(TUBE, 12 - phi));
            double interpolated = 0, exact = 0;
            for (int e = 0; e < bins; e++) {
                interpolated += f[j * bins + e] * central.fluence(e);
                exact += direct.fluence(e);
            }
            // Linear interpolation between 33 angular nodes 0.36° apart of a smooth function of angle: second-order
            // error ~ (Δφ)²/8·|d²/dφ²| ≪ 1e-3 of the total fluence.
            assertEquals(exact, interpolated, 1e-3 * exact, "row " + j);
        }
    }

    @Test
    void anodeSideIsWeakerAndHarder() {
        ProjectionGeometry g = new ProjectionGeometry(1.0, 0.1, 2e-3, 1, 101);
        double[] f = HeelEffect.rowFactors(MODEL, TUBE, g);
        XraySpectrum c = MODEL.generate(TUBE);
        int bins = c.bins();
        double anode = 0, cathode = 0, anodeE = 0, cathodeE = 0;
        for (int e = 0; e < bins; e++) {
            anode += f[100 * bins + e] * c.fluence(e);
            cathode += f[e] * c.fluence(e);
            anodeE += f[100 * bins + e] * c.fluence(e) * c.energyKev(e);
            cathodeE += f[e] * c.fluence(e) * c.energyKev(e);
        }
        assertTrue(anode < 0.9 * cathode, "anode/cathode fluence " + anode / cathode);
        assertTrue(anodeE / anode > cathodeE / cathode + 0.5, "anode side is harder");
        assertEquals(1.0, f[50 * bins + bins / 2], 1e-12); // central row: φ = 0 is a node, factor 1
    }

    @Test
    void refusesFieldsBeyondTheModelsTakeOffRange() {
        ProjectionGeometry wide = new ProjectionGeometry(1.0, 0.1, 2e-3, 1, 200); // ±20 cm: take-off −(−0.3)°
        assertThrows(IllegalArgumentException.class, () -> HeelEffect.rowFactors(MODEL, TUBE, wide));
    }
}
