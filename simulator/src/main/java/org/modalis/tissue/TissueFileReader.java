package org.modalis.tissue;

import org.modalis.ClosestName;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.modalis.UserInputException;

/**
 * Reads one tissue file ({@code phantoms/tissues/<id>.yaml}) into a {@link Tissue}, reporting every
 * mistake as a {@link UserInputException} that names the file, the dotted key and a suggestion.
 *
 * <pre>
 * name: water                      # kebab-case id used by phantoms
 * description: Liquid water
 * xray:                            # either a composition ...
 *   density_g_cm3: 1.0
 *   composition: {H: 0.111894, O: 0.888106}   # mass fractions, sum 1 ± 0.001 (renormalised)
 *   source: "ICRU Report 44 (1989), Table 4.2"
 * # ... or an energy-independent pseudo-material:  xray: {mu_per_cm: 1.0, source: "definition"}
 * mri:                             # optional: MR properties
 *   proton_density: 0.69           # relative to water = 1
 *   chemical_shift_ppm: 0          # fat: -3.4
 *   b1_5t: {t1_s: 0.884, t2_s: 0.072, t2star_s: 0.0645}   # t2star_s optional (default: T2, stated)
 *   b3t:   {t1_s: 1.084, t2_s: 0.069, t2star_s: 0.0532}
 *   source: "Stanisz et al., MRM 54 (2005) 507, Table 1; ..."
 * acoustic:                        # optional: ultrasound properties
 *   speed_m_s: 1570                # speed of sound
 *   density_kg_m3: 1060
 *   attenuation_db_cm_mhz: 0.5     # α₁ of α(f) = α₁·f_MHz^n
 *   attenuation_exponent: 1.0      # n (optional, default 1)
 *   backscatter: 1.0               # diffuse scattering amplitude relative to liver = 1 (0: anechoic)
 *   scatterers_per_cell: 15        # scatterer density per resolution cell (optional, default 15 if backscatter > 0)
 *   source: "Duck 1990, ..."
 * # nuclear: is reserved for that modality.
 * </pre>
 */
final class TissueFileReader {

    private static final Set<String> TOP_KEYS = Set.of("name", "description", "xray", "mri", "acoustic", "nuclear");
    private static final Set<String> MRI_KEYS = Set.of("proton_density", "chemical_shift_ppm", "b1_5t", "b3t", "source");
    private static final Set<String> RELAXATION_KEYS = Set.of("t1_s", "t2_s", "t2star_s");
    private static final Set<String> ACOUSTIC_KEYS = Set.of("speed_m_s", "density_kg_m3", "attenuation_db_cm_mhz",
            "attenuation_exponent", "backscatter", "scatterers_per_cell", "source");
    /** Scatterers per resolution cell when a scattering tissue names none: above the ~10 of fully developed speckle. */
    private static final double DEFAULT_SCATTERERS_PER_CELL = 15;
    private static final Set<String> XRAY_KEYS = Set.of("density_g_cm3", "composition", "mu_per_cm", "source");
    /** Densest element (osmium, 22.6 g/cm³) with margin: a larger value is a unit mistake (kg/m³?). */
    private static final double MAX_DENSITY_GCM3 = 25.0;

    /** Duplicate keys are an error, not "last one wins": a repeated element would silently vanish. */
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Parses {@code in}; {@code file} is used only in error messages. */
    Tissue read(InputStream in, Path file) {
        JsonNode root;
        try {
            root = yaml.readTree(in);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new UserInputException("not valid YAML: " + e.getOriginalMessage(), file,
                    loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), null,
                    "check indentation and that keys are followed by ': '");
        } catch (IOException e) {
            throw new UserInputException("cannot read tissue file: " + e.getMessage(), file, 0, 0, null, null);
        }
        if (root == null || !root.isObject()) {
            throw error(file, null, "a tissue file must be a YAML mapping with at least 'name' and 'xray'", null);
        }
        checkKeys(root, TOP_KEYS, "", file);
        String name = requiredText(root, "name", file);
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw error(file, "name", "tissue name '" + name + "' is not kebab-case",
                    "use lower-case letters, digits and '-', e.g. 'bone-cortical'");
        }
        String description = root.path("description").asText("");
        JsonNode xrayNode = root.get("xray");
        XrayMaterial xray = xrayNode == null || xrayNode.isNull() ? null : readXray(name, xrayNode, file);
        JsonNode mriNode = root.get("mri");
        MrProperties mri = mriNode == null || mriNode.isNull() ? null : readMri(mriNode, file);
        JsonNode acousticNode = root.get("acoustic");
        AcousticProperties acoustic = acousticNode == null || acousticNode.isNull() ? null : readAcoustic(acousticNode, file);
        return new Tissue(name, description, xray, mri, acoustic);
    }

    private AcousticProperties readAcoustic(JsonNode node, Path file) {
        if (!node.isObject()) {
            throw error(file, "acoustic", "must be a mapping",
                    "e.g. acoustic: {speed_m_s: 1540, density_kg_m3: 1050, attenuation_db_cm_mhz: 0.5, backscatter: 1, source: ...}");
        }
        checkKeys(node, ACOUSTIC_KEYS, "acoustic.", file);
        String source = requiredText(node, "source", file, "acoustic.source");
        double c = number(node, "speed_m_s", "acoustic.speed_m_s", file);
        double rho = number(node, "density_kg_m3", "acoustic.density_kg_m3", file);
        double alpha = number(node, "attenuation_db_cm_mhz", "acoustic.attenuation_db_cm_mhz", file);
        double n = node.has("attenuation_exponent") ? number(node, "attenuation_exponent", "acoustic.attenuation_exponent", file) : 1;
        double backscatter = number(node, "backscatter", "acoustic.backscatter", file);
        double perCell = node.has("scatterers_per_cell") ? number(node, "scatterers_per_cell", "acoustic.scatterers_per_cell", file)
                : backscatter > 0 ? DEFAULT_SCATTERERS_PER_CELL : 0;
        try {
            return new AcousticProperties(c, rho, alpha, n, backscatter, perCell, source);
        } catch (IllegalArgumentException e) {
            throw error(file, "acoustic", e.getMessage(), "units: m/s, kg/m³ (water 1000), dB/(cm·MHz^n)");
        }
    }

    private MrProperties readMri(JsonNode node, Path file) {
        if (!node.isObject()) {
            throw error(file, "mri", "must be a mapping", "e.g. mri: {proton_density: 1.0, b1_5t: {t1_s: 4, t2_s: 2}, ...}");
        }
        checkKeys(node, MRI_KEYS, "mri.", file);
        String source = requiredText(node, "source", file, "mri.source");
        double pd = number(node, "proton_density", "mri.proton_density", file);
        double shift = node.has("chemical_shift_ppm") ? number(node, "chemical_shift_ppm", "mri.chemical_shift_ppm", file) : 0;
        try {
            return new MrProperties(pd, relaxation(node, "b1_5t", file), relaxation(node, "b3t", file), shift, source);
        } catch (IllegalArgumentException e) {
            throw error(file, "mri", e.getMessage(), null);
        }
    }

    private static RelaxationTimes relaxation(JsonNode mri, String field, Path file) {
        String key = "mri." + field;
        JsonNode node = mri.get(field);
        if (node == null || !node.isObject()) {
            throw error(file, key, "missing or not a mapping", "e.g. " + field + ": {t1_s: 0.884, t2_s: 0.072, t2star_s: 0.0645}");
        }
        checkKeys(node, RELAXATION_KEYS, key + ".", file);
        double t1 = number(node, "t1_s", key + ".t1_s", file);
        double t2 = number(node, "t2_s", key + ".t2_s", file);
        // Without a measured T2*, the tissue dephases by T2 alone (a perfectly shimmed magnet): stated in docs/mri.md.
        double t2star = node.has("t2star_s") ? number(node, "t2star_s", key + ".t2star_s", file) : t2;
        try {
            return new RelaxationTimes(t1, t2, t2star);
        } catch (IllegalArgumentException e) {
            throw error(file, key, e.getMessage(), "times are in seconds: 884 ms is 0.884");
        }
    }

    private XrayMaterial readXray(String name, JsonNode node, Path file) {
        if (!node.isObject()) {
            throw error(file, "xray", "must be a mapping", "e.g. xray: {density_g_cm3: 1.0, composition: {H: 0.112, O: 0.888}, source: ...}");
        }
        checkKeys(node, XRAY_KEYS, "xray.", file);
        requiredText(node, "source", file, "xray.source");
        if (node.has("mu_per_cm")) {
            if (node.has("composition") || node.has("density_g_cm3")) {
                throw error(file, "xray.mu_per_cm", "give either mu_per_cm or density_g_cm3 + composition, not both", null);
            }
            double muPerCm = number(node, "mu_per_cm", "xray.mu_per_cm", file);
            if (!(muPerCm >= 0)) {
                throw error(file, "xray.mu_per_cm", "must be ≥ 0 [1/cm], got " + muPerCm, null);
            }
            return new ConstantMaterial(name, muPerCm * 100.0);
        }
        double density = number(node, "density_g_cm3", "xray.density_g_cm3", file);
        if (!(density > 0 && density <= MAX_DENSITY_GCM3)) {
            throw error(file, "xray.density_g_cm3", "density must be in (0, " + MAX_DENSITY_GCM3 + "] g/cm³, got " + density,
                    "water is 1.0 g/cm³; a value near 1000 is kg/m³");
        }
        Map<String, Double> fractions = composition(node.get("composition"), file);
        return new CompositionMaterial(name, density, fractions, node.get("source").asText());
    }

    private Map<String, Double> composition(JsonNode node, Path file) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw error(file, "xray.composition", "missing or empty: give element mass fractions",
                    "e.g. composition: {H: 0.111894, O: 0.888106}");
        }
        Map<String, Double> fractions = new LinkedHashMap<>();
        double sum = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = "xray.composition." + e.getKey();
            checkElement(e.getKey(), key, file);
            if (!e.getValue().isNumber() || !(e.getValue().asDouble() >= 0 && e.getValue().asDouble() <= 1)) {
                throw error(file, key, "mass fraction must be a number in [0, 1], got '" + e.getValue().asText() + "'", null);
            }
            fractions.put(e.getKey(), e.getValue().asDouble());
            sum += e.getValue().asDouble();
        }
        if (Math.abs(sum - 1) > CompositionMaterial.FRACTION_SUM_TOLERANCE) {
            throw error(file, "xray.composition", String.format("mass fractions sum to %.6f; they must sum to 1 ± %.0e "
                    + "(values within the tolerance are renormalised)", sum, CompositionMaterial.FRACTION_SUM_TOLERANCE),
                    "check for a missing element or a typo; these are mass (weight) fractions, not atom fractions");
        }
        return fractions;
    }

    private static void checkElement(String symbol, String key, Path file) {
        try {
            CompositionMaterial.atomicNumber(symbol);
        } catch (IllegalArgumentException e) {
            String hint = "element symbols are case-sensitive, e.g. 'H', 'Ca', 'Cl'";
            if (!symbol.isEmpty()) {
                String fixed = symbol.substring(0, 1).toUpperCase() + symbol.substring(1).toLowerCase();
                if (!fixed.equals(symbol) && isElement(fixed)) {
                    hint = "did you mean '" + fixed + "'?";
                }
            }
            throw error(file, key, "unknown element symbol '" + symbol + "'", hint);
        }
    }

    private static boolean isElement(String symbol) {
        try {
            CompositionMaterial.atomicNumber(symbol);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String prefix, Path file) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw error(file, prefix + k, "unknown key '" + k + "'",
                        ClosestName.suggestion(k, allowed).orElse("allowed keys: " + String.join(", ", allowed)));
            }
        }
    }

    private static String requiredText(JsonNode node, String field, Path file) {
        return requiredText(node, field, file, field);
    }

    private static String requiredText(JsonNode node, String field, Path file, String key) {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw error(file, key, "missing or empty", field.equals("source")
                    ? "cite where the values come from (report, table)" : null);
        }
        return v.asText();
    }

    private static double number(JsonNode node, String field, String key, Path file) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw error(file, key, v == null ? "missing" : "must be a number, got '" + v.asText() + "'", null);
        }
        return v.asDouble();
    }

    private static UserInputException error(Path file, String key, String message, String hint) {
        return new UserInputException(message, file, 0, 0, key, hint);
    }
}
