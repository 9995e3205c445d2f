package org.modalis.tissue;

import java.util.Objects;

/**
 * Magnetic-resonance properties of a tissue: proton density, relaxation times at the two clinical field
 * strengths, and the chemical shift of its protons relative to water (fat: the methylene peak at 1.3 ppm
 * against water at 4.7 ppm, i.e. −3.4 ppm; Hamilton et al., NMR Biomed. 24 (2011) 784).
 *
 * @param protonDensity    mobile proton density relative to pure water (= 1), in [0, 1.2]
 * @param at1p5T           relaxation times at B0 = 1.5 T
 * @param at3T             relaxation times at B0 = 3 T
 * @param chemicalShiftPpm resonance offset from water [ppm]; negative means a lower frequency
 * @param source           where the values come from
 */
public record MrProperties(double protonDensity, RelaxationTimes at1p5T, RelaxationTimes at3T,
                           double chemicalShiftPpm, String source) {

    /** Field strengths [T] that carry tabulated relaxation times. */
    public static final double LOW_FIELD_T = 1.5, HIGH_FIELD_T = 3.0;

    public MrProperties {
        if (!(protonDensity >= 0 && protonDensity <= 1.2)) {
            throw new IllegalArgumentException("proton density must be in [0, 1.2] (water = 1), got " + protonDensity);
        }
        Objects.requireNonNull(at1p5T, "at1p5T");
        Objects.requireNonNull(at3T, "at3T");
        if (!(Math.abs(chemicalShiftPpm) <= 10)) {
            throw new IllegalArgumentException("chemical shift must be in [-10, 10] ppm, got " + chemicalShiftPpm);
        }
        Objects.requireNonNull(source, "source");
    }

    /**
     * Relaxation times at {@code b0Tesla}: only the tabulated fields are offered, because T1 grows with field
     * in a tissue-specific way (Stanisz et al. 2005) and an interpolation would be an invented number.
     */
    public RelaxationTimes at(double b0Tesla) {
        if (b0Tesla == LOW_FIELD_T) {
            return at1p5T;
        }
        if (b0Tesla == HIGH_FIELD_T) {
            return at3T;
        }
        throw new IllegalArgumentException("relaxation times are tabulated at 1.5 T and 3 T only, got " + b0Tesla + " T");
    }
}
