package org.modalis.tissue;

import java.util.Objects;

/**
 * Acoustic properties of a tissue for pulse-echo ultrasound: speed of sound, density (so the characteristic
 * impedance Z = ρc), power-law attenuation α(f) = α₁·f_MHz^n [dB/cm], and the diffuse backscatter that makes
 * speckle. Values are compilations (Duck, <i>Physical Properties of Tissue</i>, 1990; ICRU Report 61, 1998;
 * Goss et al., JASA 64 (1978) 423; Sensors 23:5942 (2023) Table A2; Diagnostics 13:855 (2023) Table 4), each
 * file citing its own.
 *
 * @param speedOfSound          longitudinal speed of sound c [m/s], in [100, 7000] (air to steel)
 * @param density               mass density ρ [kg/m³], in [0.5, 25000]
 * @param attenuationDbPerCmMhz α₁: amplitude attenuation at 1 MHz [dB/(cm·MHz^n)], in [0, 100]
 * @param attenuationExponent   n of the power law α(f) = α₁·f^n, in [0.5, 2.5] (soft tissue ≈ 1, water 2)
 * @param backscatter           diffuse scattering amplitude relative to liver parenchyma (= 1), in [0, 100];
 *                              0 means anechoic (a clear fluid)
 * @param scatterersPerCell     scatterer number density expressed per resolution cell, in [0, 1000]; ≥ ~10
 *                              gives fully developed (Rayleigh) speckle (Wagner et al., IEEE SU 30 (1983) 156)
 * @param source                where the values come from
 */
public record AcousticProperties(double speedOfSound, double density, double attenuationDbPerCmMhz,
                                 double attenuationExponent, double backscatter, double scatterersPerCell,
                                 String source) {

    /** Decibels per neper of amplitude: 20·log10(e). */
    public static final double DB_PER_NEPER = 20 / Math.log(10);

    public AcousticProperties {
        check("speed of sound", speedOfSound, 100, 7000, "m/s");
        check("density", density, 0.5, 25000, "kg/m³ (water is 1000)");
        check("attenuation", attenuationDbPerCmMhz, 0, 100, "dB/(cm·MHz^n)");
        check("attenuation exponent", attenuationExponent, 0.5, 2.5, "(dimensionless)");
        check("backscatter", backscatter, 0, 100, "(relative to liver = 1)");
        check("scatterers per cell", scatterersPerCell, 0, 1000, "(per resolution cell)");
        Objects.requireNonNull(source, "source");
    }

    private static void check(String what, double v, double lo, double hi, String unit) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(what + " must be in [" + lo + ", " + hi + "] " + unit + ", got " + v);
        }
    }

    /** Characteristic acoustic impedance Z = ρc [Rayl = kg/(m²·s)]. */
    public double impedance() {
        return density * speedOfSound;
    }

    /** Amplitude attenuation coefficient at {@code frequencyHz} [Np/m]: α₁·f_MHz^n dB/cm → ×100/8.686. */
    public double attenuationNepersPerMetre(double frequencyHz) {
        return attenuationDbPerCmMhz * Math.pow(frequencyHz * 1e-6, attenuationExponent) * 100 / DB_PER_NEPER;
    }

    /**
     * The slope dα/df [Np/(m·Hz)] at {@code frequencyHz}: the power law linearised about the centre frequency,
     * which is what shifts a Gaussian spectrum downwards (exact for n = 1).
     */
    public double attenuationSlopeNepersPerMetreHz(double frequencyHz) {
        return attenuationExponent * attenuationNepersPerMetre(frequencyHz) / frequencyHz;
    }
}
