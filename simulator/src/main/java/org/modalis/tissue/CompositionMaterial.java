package org.modalis.tissue;

import com.github.tschoonj.xraylib.Xraylib;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A material defined by its mass density and elemental mass fractions, with X-ray interaction
 * coefficients from the mixture rule: (μ/ρ)_mix = Σ w_i (μ/ρ)_i (Hubbell 1982; the rule NIST XCOM uses,
 * exact up to chemical-binding effects, which are negligible above ~1 keV). Elemental cross sections are
 * xraylib's {@code CS_Total} (photoelectric + Compton + Rayleigh, the narrow-beam coefficient), which
 * reproduces NIST XCOM; the mass energy-absorption coefficient μen/ρ is built from xraylib's partial
 * cross sections by {@link EnergyAbsorption} (xraylib's own {@code CS_Energy} is wrong, see there).
 *
 * <p>Speed: a CT acquisition asks for μ at ~150 spectrum energies for ~20 materials and then reuses them,
 * so the constructor tabulates the exact xraylib mixture on the {@link #GRID_STEP_KEV} grid that spectra
 * use ({@value #GRID_MIN_KEV}–{@value #GRID_MAX_KEV} keV). Lookups on that grid are exact table reads;
 * any other energy is computed exactly from xraylib (≈0.35 µs per element). No interpolation is ever
 * done, so absorption edges (iodine K at 33.17 keV, tungsten K at 69.5 keV) are never smeared.
 * Immutable and thread-safe (the μen/ρ table is filled on first use, idempotently).
 */
public final class CompositionMaterial implements XrayMaterial {

    /** Spacing of the exact table [keV]: the finest bin width of {@code TungstenSpectrumModel}. */
    public static final double GRID_STEP_KEV = 0.5;
    /** Lowest tabulated energy [keV]. */
    public static final double GRID_MIN_KEV = 1.0;
    /** Highest tabulated energy [keV]: above the largest supported tube voltage (150 kV). */
    public static final double GRID_MAX_KEV = 200.0;
    /** Allowed deviation of the mass fractions' sum from 1 before renormalisation. */
    public static final double FRACTION_SUM_TOLERANCE = 1e-3;

    private static final int GRID_POINTS = (int) Math.round((GRID_MAX_KEV - GRID_MIN_KEV) / GRID_STEP_KEV) + 1;
    /** 1 cm²/g × 1 g/cm³ = 1/cm = 100 /m. */
    private static final double PER_CM_TO_PER_M = 100.0;

    private final String name;
    private final double densityGcm3;
    private final Map<String, Double> massFractions;
    private final String source;
    private final int[] atomicNumbers;
    private final double[] weights;
    private final EnergyAbsorption[] energyAbsorption;
    private final double[] attenuationTable;
    /** Filled on first use (only kerma and dose need it); a racy but idempotent, safely published cache. */
    private volatile double[] energyAbsorptionTable;

    /**
     * @param name          identifier (e.g. "water")
     * @param densityGcm3   mass density [g/cm³], &gt; 0
     * @param massFractions element symbol → mass fraction; must sum to 1 ± {@value #FRACTION_SUM_TOLERANCE}
     *                      and are renormalised to sum exactly to 1
     * @param source        where the composition and density come from
     * @throws IllegalArgumentException for an unknown element symbol, a negative fraction, a bad sum or density
     */
    public CompositionMaterial(String name, double densityGcm3, Map<String, Double> massFractions, String source) {
        this.name = Objects.requireNonNull(name, "name");
        if (!(densityGcm3 > 0) || Double.isInfinite(densityGcm3)) {
            throw new IllegalArgumentException("density of " + name + " must be > 0 g/cm³, got " + densityGcm3);
        }
        if (massFractions == null || massFractions.isEmpty()) {
            throw new IllegalArgumentException("composition of " + name + " needs at least one element");
        }
        this.densityGcm3 = densityGcm3;
        this.source = source == null ? "" : source;
        double sum = checkedSum(name, massFractions);
        Map<String, Double> normalised = new LinkedHashMap<>();
        atomicNumbers = new int[massFractions.size()];
        weights = new double[massFractions.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : massFractions.entrySet()) {
            atomicNumbers[i] = atomicNumber(e.getKey());
            weights[i] = e.getValue() / sum;
            normalised.put(e.getKey(), weights[i]);
            i++;
        }
        this.massFractions = Collections.unmodifiableMap(normalised);
        energyAbsorption = new EnergyAbsorption[atomicNumbers.length];
        for (int k = 0; k < atomicNumbers.length; k++) {
            energyAbsorption[k] = new EnergyAbsorption(atomicNumbers[k]);
        }
        attenuationTable = new double[GRID_POINTS];
        for (int g = 0; g < GRID_POINTS; g++) {
            attenuationTable[g] = exactAttenuation(GRID_MIN_KEV + g * GRID_STEP_KEV);
        }
    }

    /** A pure element at its standard density (xraylib {@code ElementDensity}), e.g. "Al", "W". */
    public static CompositionMaterial element(String symbol) {
        int z = atomicNumber(symbol);
        return new CompositionMaterial(symbol, Xraylib.ElementDensity(z), Map.of(symbol, 1.0),
                "pure element, density from xraylib ElementDensity");
    }

    /** The atomic number of an element symbol ("Fe" → 26), or IllegalArgumentException if unknown. */
    public static int atomicNumber(String symbol) {
        try {
            return Xraylib.SymbolToAtomicNumber(symbol);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown element symbol '" + symbol + "'", e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double densityGcm3() {
        return densityGcm3;
    }

    /** Element symbol → mass fraction (renormalised to sum to 1), in the order given. */
    public Map<String, Double> massFractions() {
        return massFractions;
    }

    /** Where the composition and density come from. */
    public String source() {
        return source;
    }

    /** Linear attenuation coefficient μ [1/m] = (μ/ρ)·ρ. */
    @Override
    public double mu(double energyKev) {
        return massAttenuationCm2g(energyKev) * densityGcm3 * PER_CM_TO_PER_M;
    }

    /** Mass attenuation coefficient μ/ρ [cm²/g], total including coherent scattering. */
    public double massAttenuationCm2g(double energyKev) {
        int g = gridIndex(energyKev);
        return g >= 0 ? attenuationTable[g] : exactAttenuation(energyKev);
    }

    /** Mass energy-absorption coefficient μen/ρ [cm²/g], for kerma and dose ({@link EnergyAbsorption}). */
    public double massEnergyAbsorptionCm2g(double energyKev) {
        int g = gridIndex(energyKev);
        return g >= 0 ? energyAbsorptionTable()[g] : exactEnergyAbsorption(energyKev);
    }

    private double[] energyAbsorptionTable() {
        double[] table = energyAbsorptionTable;
        if (table == null) {
            table = new double[GRID_POINTS];
            for (int g = 0; g < GRID_POINTS; g++) {
                table[g] = exactEnergyAbsorption(GRID_MIN_KEV + g * GRID_STEP_KEV);
            }
            energyAbsorptionTable = table;
        }
        return table;
    }

    /** The index of {@code energyKev} in the exact table, or −1 if it is not a grid point. */
    private static int gridIndex(double energyKev) {
        double position = (energyKev - GRID_MIN_KEV) / GRID_STEP_KEV;
        long index = Math.round(position);
        if (index < 0 || index >= GRID_POINTS || Math.abs(position - index) > 1e-9) {
            return -1;
        }
        return (int) index;
    }

    private double exactAttenuation(double energyKev) {
        checkEnergy(energyKev);
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * Xraylib.CS_Total(atomicNumbers[i], energyKev);
        }
        return sum;
    }

    private double exactEnergyAbsorption(double energyKev) {
        checkEnergy(energyKev);
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * energyAbsorption[i].massEnergyAbsorptionCm2g(energyKev);
        }
        return sum;
    }

    private void checkEnergy(double energyKev) {
        if (!(energyKev > 0) || Double.isInfinite(energyKev)) {
            throw new IllegalArgumentException("photon energy must be > 0 keV, got " + energyKev + " (material " + name + ")");
        }
    }

    private static double checkedSum(String name, Map<String, Double> fractions) {
        double sum = 0;
        for (Map.Entry<String, Double> e : fractions.entrySet()) {
            Double w = e.getValue();
            if (w == null || !(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("mass fraction of " + e.getKey() + " in " + name
                        + " must be a number in [0, 1], got " + w);
            }
            sum += w;
        }
        if (Math.abs(sum - 1) > FRACTION_SUM_TOLERANCE) {
            throw new IllegalArgumentException(String.format(
                    "mass fractions of %s sum to %.6f, expected 1 ± %.0e", name, sum, FRACTION_SUM_TOLERANCE));
        }
        return sum;
    }

    @Override
    public String toString() {
        return "CompositionMaterial[" + name + ", " + densityGcm3 + " g/cm³, " + massFractions + "]";
    }
}
