package org.modalis.physics;

import java.util.List;
import java.util.Objects;

/**
 * The settings of a tungsten-anode X-ray tube that shape its spectrum: what {@link TungstenSpectrumModel}
 * turns into an {@link XraySpectrum}. Constant-potential (ripple-free) generator assumed.
 *
 * @param kvp                    tube voltage [kV], 20–150
 * @param anodeAngleDeg          anode (target) angle [°], 5–30; the central ray leaves the target at this
 *                               take-off angle (typical radiographic and CT tubes: 7–16°, default 12°)
 * @param inherentFiltrationMmAl inherent filtration of the tube (glass or beryllium window, oil, housing
 *                               port) as aluminium equivalent [mm Al], 0–10 (default 1.0)
 * @param addedFilters           added filtration (e.g. 1.5 mm Al, 0.1 mm Cu), in beam order
 * @param binWidthKev            energy bin width [keV], 0.5 or 1
 * @param minEnergyKev           centre of the lowest bin [keV], a multiple of 0.5 in [1, kvp): lower
 *                               energies are absorbed by any realistic filtration
 */
public record TungstenTube(double kvp, double anodeAngleDeg, double inherentFiltrationMmAl,
                           List<TubeFilter> addedFilters, double binWidthKev, double minEnergyKev) {

    public static final double DEFAULT_ANODE_ANGLE_DEG = 12;
    public static final double DEFAULT_INHERENT_FILTRATION_MM_AL = 1.0;
    public static final double DEFAULT_BIN_WIDTH_KEV = 0.5;
    public static final double DEFAULT_MIN_ENERGY_KEV = 5.0;

    public TungstenTube {
        if (!(kvp >= 20 && kvp <= 150)) {
            throw new IllegalArgumentException("tube voltage must be in [20, 150] kV, got " + kvp + " kV");
        }
        if (!(anodeAngleDeg >= 5 && anodeAngleDeg <= 30)) {
            throw new IllegalArgumentException("anode angle must be in [5, 30]°, got " + anodeAngleDeg + "°");
        }
        if (!(inherentFiltrationMmAl >= 0 && inherentFiltrationMmAl <= 10)) {
            throw new IllegalArgumentException("inherent filtration must be in [0, 10] mm Al, got " + inherentFiltrationMmAl);
        }
        addedFilters = List.copyOf(Objects.requireNonNull(addedFilters, "addedFilters"));
        if (binWidthKev != 0.5 && binWidthKev != 1.0) {
            throw new IllegalArgumentException("energy bin width must be 0.5 or 1 keV, got " + binWidthKev + " keV");
        }
        if (!(minEnergyKev >= 1 && minEnergyKev < kvp) || minEnergyKev * 2 != Math.rint(minEnergyKev * 2)) {
            throw new IllegalArgumentException("lowest bin energy must be a multiple of 0.5 keV in [1, " + kvp
                    + ") keV, got " + minEnergyKev + " keV");
        }
    }

    /** A tube with the default anode angle, inherent filtration and binning, and the given added filters. */
    public static TungstenTube of(double kvp, TubeFilter... addedFilters) {
        return new TungstenTube(kvp, DEFAULT_ANODE_ANGLE_DEG, DEFAULT_INHERENT_FILTRATION_MM_AL, List.of(addedFilters),
                DEFAULT_BIN_WIDTH_KEV, DEFAULT_MIN_ENERGY_KEV);
    }

    /** The same tube with more added filtration (appended after the existing filters). */
    public TungstenTube withAddedFilter(TubeFilter filter) {
        List<TubeFilter> more = new java.util.ArrayList<>(addedFilters);
        more.add(filter);
        return new TungstenTube(kvp, anodeAngleDeg, inherentFiltrationMmAl, more, binWidthKev, minEnergyKev);
    }

    /** The same tube with a different inherent filtration [mm Al]. */
    public TungstenTube withInherentFiltrationMmAl(double mmAl) {
        return new TungstenTube(kvp, anodeAngleDeg, mmAl, addedFilters, binWidthKev, minEnergyKev);
    }
}
