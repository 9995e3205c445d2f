package org.modalis.phantom;

import org.modalis.ClosestName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modalis.UserInputException;
import org.modalis.tissue.TissueCatalog;

/**
 * The phantoms shipped on the classpath under {@code phantoms/}, listed in {@code phantoms/index.yaml}, and
 * user phantom files given by path. {@link #load(String)} takes a shipped name or, when the argument names
 * an existing file (or ends in .yaml/.yml), that file.
 */
public final class PhantomLibrary {

    private static final String INDEX = "phantoms/index.yaml";
    private static final List<String> ENTRY_KEYS = List.of("name", "title", "dimension", "description");

    /** One line of the index: what a listing shows. */
    public record Entry(String name, String title, int dimension, String description) {
    }

    private final PhantomLoader loader;
    private final List<Entry> entries;

    public PhantomLibrary(TissueCatalog catalog) {
        this.loader = new PhantomLoader(catalog);
        this.entries = readIndex();
    }

    /** The shipped phantoms, in index order. */
    public List<Entry> list() {
        return entries;
    }

    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /** A shipped phantom by name, or a phantom file by path. */
    public AnalyticPhantom load(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path) || nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml")) {
            return loader.load(path);
        }
        if (!names().contains(nameOrPath)) {
            throw new UserInputException("unknown phantom '" + nameOrPath + "'", null, 0, 0, "phantom",
                    ClosestName.hint(nameOrPath, names()));
        }
        String resource = "phantoms/" + nameOrPath + ".yaml";
        return loader.parse(readResource(resource), Path.of(resource), nameOrPath);
    }

    private static List<Entry> readIndex() {
        YamlNode root = YamlNode.parse(readResource(INDEX), Path.of(INDEX));
        List<Entry> out = new ArrayList<>();
        for (YamlNode e : root.get("phantoms").list()) {
            e.allowKeys(ENTRY_KEYS);
            out.add(new Entry(e.get("name").text(), e.get("title").text(), e.get("dimension").integer(),
                    e.get("description").text()));
        }
        return List.copyOf(out);
    }

    private static String readResource(String name) {
        try (InputStream in = PhantomLibrary.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " missing from the classpath (build defect)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
