package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.modalis.UserInputException;

/**
 * Finds scenarios by name, the way students type them ({@code modalis run ct/head}): an existing file
 * path first, then {@code scenarios/<name>.yaml} in the working directory (the educator's own lessons win
 * over the built-in ones of the same name), then the built-in {@code scenarios/<name>.yaml} on the
 * classpath, whose index {@code scenarios/index.yaml} (a list of {@code {path, title, modality}}) feeds
 * {@code modalis list scenarios}.
 */
public final class ScenarioLibrary {

    /** Classpath folder of the built-in scenarios. */
    public static final String FOLDER = "scenarios";

    private final ClassLoader loader;
    private final Path workingDir;
    private final String folder;

    /**
     * @param loader     where the built-in scenarios are
     * @param workingDir where the local {@code <folder>/} is looked for
     * @param folder     the scenarios folder, both on the classpath and in the working directory
     */
    public ScenarioLibrary(ClassLoader loader, Path workingDir, String folder) {
        this.loader = loader;
        this.workingDir = workingDir;
        this.folder = folder;
    }

    /** The library of this process: this class's loader, the current directory, {@value #FOLDER}. */
    public static ScenarioLibrary standard() {
        return new ScenarioLibrary(ScenarioLibrary.class.getClassLoader(), Path.of("").toAbsolutePath(), FOLDER);
    }

    /**
     * Built-in scenarios from the index, then local ones under {@code ./scenarios/}, each sorted by name. A
     * local file with a built-in's name (as in a checkout of Modalis itself, whose {@code scenarios/} is
     * the built-in set) is listed once, as the built-in entry.
     */
    public List<ScenarioEntry> list() {
        List<ScenarioEntry> sorted = new ArrayList<>(builtIn());
        sorted.sort(Comparator.comparing(ScenarioEntry::name));
        return withLocal(sorted);
    }

    /**
     * As {@link #list}, but the built-in scenarios in the index's own order, where each modality's lessons start
     * with its introduction ({@code ct/head}, {@code mri/brain-t1}, …).
     */
    public List<ScenarioEntry> inIndexOrder() {
        return withLocal(builtIn());
    }

    private List<ScenarioEntry> withLocal(List<ScenarioEntry> builtIn) {
        List<ScenarioEntry> out = new ArrayList<>(builtIn);
        java.util.Set<String> names = new java.util.HashSet<>();
        out.forEach(e -> names.add(e.name()));
        local().stream().filter(e -> !names.contains(e.name())).forEach(out::add);
        return out;
    }

    /** The scenario a name or path refers to; an unknown name is a user error with the closest names. */
    public ScenarioSource resolve(String nameOrPath) {
        Path asFile = Path.of(nameOrPath);
        if (Files.isRegularFile(asFile)) {
            return ScenarioSource.read(asFile);
        }
        String name = stripExtension(nameOrPath.replace('\\', '/'));
        Path local = workingDir.resolve(folder).resolve(name + ".yaml");
        if (Files.isRegularFile(local)) {
            return ScenarioSource.read(local);
        }
        ScenarioSource builtIn = ScenarioSource.ofResource(folder + "/" + name + ".yaml", loader);
        if (builtIn != null) {
            return builtIn;
        }
        if (nameOrPath.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml")) {
            return ScenarioSource.read(asFile); // reports "no such file" with similar names in that folder
        }
        List<String> names = list().stream().map(ScenarioEntry::name).toList();
        String hint = KeySuggestion.didYouMean(name, names);
        throw new UserInputException("no scenario named '" + nameOrPath + "' (neither a file, nor " + folder + "/" + name
                + ".yaml here, nor a built-in scenario)", null, 0, 0, null,
                hint != null ? hint : "run 'modalis list scenarios' to see them all");
    }

    private List<ScenarioEntry> builtIn() {
        String resource = folder + "/index.yaml";
        String text;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Path file = Path.of("classpath:" + resource);
        SourceMap map = new SourceMap(new SourceLocation(file, 1, 1));
        JsonNode index = new YamlTreeReader(file, map, true).read(text, KeyPath.ROOT);
        List<ScenarioEntry> out = new ArrayList<>();
        for (int i = 0; index != null && i < index.size(); i++) {
            JsonNode e = index.get(i);
            if (!e.path("path").isTextual()) {
                throw map.value(KeyPath.ROOT.child(i)).error(KeyPath.ROOT.child(i), "each index entry needs a 'path'",
                        "e.g. {path: ct/head.yaml, title: ..., modality: ct}");
            }
            out.add(new ScenarioEntry(stripExtension(e.get("path").asText()), e.path("title").asText(""),
                    e.path("modality").asText(""), "built-in"));
        }
        return out;
    }

    private List<ScenarioEntry> local() {
        Path dir = workingDir.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir, 4)) {
            return files.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("index.yaml")
                            && looksLikeScenario(p))
                    .map(p -> localEntry(dir.relativize(p), p))
                    .sorted(Comparator.comparing(ScenarioEntry::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * Whether a YAML file under the scenarios folder is a scenario (it names its {@code modality:} at the top
     * level), not a data file that lives beside the scenarios (e.g. {@code qa/drills.yaml}).
     */
    private static boolean looksLikeScenario(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.anyMatch(l -> l.startsWith("modality:"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return true; // unreadable: list it, and let loading it report the problem
        }
    }

    /** A local file: the modality is the name of its subfolder (scenarios/ct/x.yaml → ct), title unknown. */
    private static ScenarioEntry localEntry(Path relative, Path file) {
        String modality = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        return new ScenarioEntry(stripExtension(relative.toString().replace('\\', '/')), "", modality, file.toString());
    }

    private static String stripExtension(String path) {
        return path.replaceFirst("\\.ya?ml$", "");
    }
}
