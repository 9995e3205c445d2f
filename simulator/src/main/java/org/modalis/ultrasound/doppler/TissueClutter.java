package org.modalis.ultrasound.doppler;

/**
 * The tissue around the lumen: point scatterers whose backscatter per unit volume is {@code levelDb} above
 * blood's (soft tissue backscatters some 30–40 dB more than blood: Shung, <i>Diagnostic Ultrasound</i>, 2nd ed.,
 * CRC 2015, §7; Evans &amp; McDicken 2000, ch. 9), moving rigidly along the beam as
 * u(t) = A·sin(2π·f_w·t) — a pulsating vessel wall seen as slow tissue motion. Its echo is the clutter the wall
 * filter must remove.
 *
 * @param enabled whether any tissue surrounds the lumen
 * @param levelDb tissue-to-blood backscatter per unit volume [dB]
 * @param wallDisplacementM amplitude A of the axial tissue motion [m]
 * @param wallMotionHz frequency f_w of that motion [Hz] (the heart rate)
 */
public record TissueClutter(boolean enabled, double levelDb, double wallDisplacementM, double wallMotionHz) {

    /** No tissue echo at all. */
    public static final TissueClutter NONE = new TissueClutter(false, 0, 0, 1);

    public TissueClutter {
        if (!(levelDb >= 0 && levelDb <= 80)) {
            throw new IllegalArgumentException("clutter level must be 0…80 dB above blood, got " + levelDb + " dB");
        }
        if (!(wallDisplacementM >= 0 && wallDisplacementM <= 2e-3)) {
            throw new IllegalArgumentException("wall displacement must be 0…2 mm, got " + wallDisplacementM * 1e3 + " mm");
        }
        if (!(wallMotionHz > 0 && wallMotionHz <= 10)) {
            throw new IllegalArgumentException("wall motion frequency must be in (0, 10] Hz, got " + wallMotionHz + " Hz");
        }
    }

    /** Stationary tissue {@code levelDb} above blood. */
    public static TissueClutter stationary(double levelDb) {
        return new TissueClutter(true, levelDb, 0, 1);
    }

    /** Axial tissue displacement u(t) [m] (positive = deeper). */
    public double displacement(double t) {
        return wallDisplacementM == 0 ? 0 : wallDisplacementM * Math.sin(2 * Math.PI * wallMotionHz * t);
    }
}
