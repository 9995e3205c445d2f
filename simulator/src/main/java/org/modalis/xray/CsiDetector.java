package org.modalis.xray;

import java.util.Map;
import org.modalis.tissue.CompositionMaterial;

/**
 * An energy-integrating indirect flat-panel detector with a CsI scintillator of thickness t: a photon of
 * energy E is absorbed with probability η(E) = 1 − exp(−μ_CsI(E)·t) and deposits a signal proportional to E
 * (energy integration; light yield, Swank and K-fluorescence escape are not modelled). CsI at 4.51 g/cm³
 * with mass fractions Cs 0.51155, I 0.48845 (atomic masses 132.905 and 126.904; NIST NISTIR 5632 density),
 * μ from xraylib through {@link CompositionMaterial}. Columnar CsI is ~75–80 % packed, which a user expresses
 * through the effective thickness.
 *
 * @param thicknessM scintillator thickness [m], 10 µm … 2 mm (clinical panels: 0.4–0.6 mm)
 */
public record CsiDetector(double thicknessM) {

    private static final CompositionMaterial CSI = new CompositionMaterial("CsI", 4.51,
            Map.of("Cs", 132.905 / (132.905 + 126.904), "I", 126.904 / (132.905 + 126.904)),
            "NIST NISTIR 5632 (caesium iodide, 4.51 g/cm3), stoichiometric mass fractions");

    public CsiDetector {
        if (!(thicknessM >= 1e-5 && thicknessM <= 2e-3)) {
            throw new IllegalArgumentException("CsI thickness must be in [0.01, 2] mm, got " + thicknessM * 1e3 + " mm");
        }
    }

    /** The scintillator material. */
    public static CompositionMaterial csi() {
        return CSI;
    }

    /** Absorption efficiency η(E) = 1 − exp(−μ_CsI(E)·t), in [0, 1]. */
    public double efficiency(double energyKev) {
        return -Math.expm1(-CSI.mu(energyKev) * thicknessM);
    }
}
