package org.modalis.tissue;

/**
 * How a material attenuates X-rays: the linear attenuation coefficient μ(E) [1/m] at photon energy
 * E [keV], total including coherent scattering (the narrow-beam coefficient of Beer–Lambert).
 */
public interface XrayMaterial {

    /** A short identifier (e.g. "water"). */
    String name();

    /** Mass density [g/cm³] (0 for pseudo-materials without one). */
    double densityGcm3();

    /** Linear attenuation coefficient [1/m] at {@code energyKev}. */
    double mu(double energyKev);
}
