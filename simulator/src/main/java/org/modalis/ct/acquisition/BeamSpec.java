package org.modalis.ct.acquisition;

/**
 * The X-ray beam a protocol asks for: a monochromatic beam at {@code energyKev}, or a polychromatic
 * tungsten spectrum at {@code kvp} with added aluminium and copper filtration.
 *
 * @param polychromatic true for a tube spectrum, false for a single energy
 * @param kvp           tube voltage [kV], 40–150 (polychromatic)
 * @param energyKev     photon energy [keV], 10–150 (monochromatic)
 * @param filterMmAl    added aluminium filtration [mm], 0–30
 * @param filterMmCu    added copper filtration [mm], 0–3
 */
public record BeamSpec(boolean polychromatic, double kvp, double energyKev, double filterMmAl, double filterMmCu) {

    public BeamSpec {
        Ranges.check("kvp", kvp, 40, 150, "kV");
        Ranges.check("energy_kev", energyKev, 10, 150, "keV");
        Ranges.check("filter_mm_al", filterMmAl, 0, 30, "mm");
        Ranges.check("filter_mm_cu", filterMmCu, 0, 3, "mm");
    }

    public static BeamSpec mono(double energyKev) {
        return new BeamSpec(false, 120, energyKev, 0, 0);
    }

    public static BeamSpec poly(double kvp, double filterMmAl, double filterMmCu) {
        return new BeamSpec(true, kvp, 70, filterMmAl, filterMmCu);
    }
}
