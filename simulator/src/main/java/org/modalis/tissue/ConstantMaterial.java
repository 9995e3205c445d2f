package org.modalis.tissue;

/**
 * An energy-independent attenuator: the "value" of a mathematical phantom (Shepp–Logan intensities) or a
 * test object. It never shows beam hardening, which is the point of using it as a reference.
 *
 * @param name        identifier
 * @param muPerMetre  the constant μ [1/m]
 */
public record ConstantMaterial(String name, double muPerMetre) implements XrayMaterial {

    @Override
    public double densityGcm3() {
        return 0;
    }

    @Override
    public double mu(double energyKev) {
        return muPerMetre;
    }
}
