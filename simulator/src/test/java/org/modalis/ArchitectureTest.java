package org.modalis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of DESIGN.md, checked on the sources: the data flow phantom → acquisition → raw data →
 * reconstruction → image stays visible only if the layers do not leak into each other.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/modalis");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.(modalis|lwjgl)\\.?([a-z]*)", Pattern.MULTILINE);
    private static final Set<String> FOUNDATION = Set.of("phantom", "tissue", "physics", "image");
    private static final Set<String> MODALITIES = Set.of("xray", "ct", "mri", "ultrasound");
    private static final Set<String> TOP = Set.of("scenario", "io", "cli", "viewer", "pipeline", "gpu", "bench");

    @Test
    void layersDependOnlyDownwards() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = topPackage(f);
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String target = m.group(1).equals("lwjgl") ? "lwjgl" : m.group(2);
                    String why = violation(pkg, target);
                    if (why != null) {
                        violations.add(SOURCES.relativize(f) + " imports " + m.group(0).substring(7) + ": " + why);
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    private static String topPackage(Path f) {
        Path rel = SOURCES.relativize(f);
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
    }

    private static String violation(String from, String to) {
        if (to.equals(from) || to.isEmpty()) {
            return null;
        }
        if (to.equals("lwjgl") && !from.equals("gpu") && !from.equals("viewer")) {
            return "OpenGL only in gpu and viewer: physics and --backend cpu must run without natives";
        }
        if (FOUNDATION.contains(from) && (MODALITIES.contains(to) || TOP.contains(to) || to.equals("metrics"))) {
            return "phantom, tissue, physics and image depend only on the JDK and math libraries";
        }
        if (MODALITIES.contains(from) && MODALITIES.contains(to)) {
            return "modalities never import each other: share the mechanism in physics/phantom/image";
        }
        if (to.equals("cli") || (to.equals("viewer") && !from.equals("cli"))) {
            return "nothing depends on cli or viewer";
        }
        if ((MODALITIES.contains(from) || from.equals("metrics")) && Set.of("scenario", "io", "cli", "viewer").contains(to)) {
            return "scenario, io, cli and viewer sit on top of the modalities";
        }
        return null;
    }
}
