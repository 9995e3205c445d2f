package org.modalis.tissue;

import org.modalis.ClosestName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.modalis.UserInputException;

/**
 * The tissue library: every tissue shipped in {@code phantoms/tissues/} (listed in
 * {@code phantoms/tissues/index.yaml}, because a jar cannot be listed) plus any the user adds from a
 * file or directory. Immutable: {@link #withFile} and {@link #withDirectory} return a new library, in
 * which a user tissue replaces a built-in one of the same name.
 *
 * <p>Built-in ids: air, water, adipose, soft-tissue, muscle, blood, brain, lung (inflated),
 * bone-cortical, bone-b100, pmma, polyethylene, contrast-iodine-5/10/20 (mg I/mL), aluminium, copper,
 * lead, titanium, iron, stainless-steel, tungsten, unit (μ = 1/cm at every energy).
 */
public final class TissueLibrary implements TissueCatalog {

    /** Classpath folder of the built-in tissue files. */
    public static final String RESOURCE_DIR = "phantoms/tissues/";

    private final TreeMap<String, Tissue> tissues;

    private TissueLibrary(TreeMap<String, Tissue> tissues) {
        this.tissues = tissues;
    }

    /** The built-in tissues from the classpath. */
    public static TissueLibrary load() {
        TissueFileReader reader = new TissueFileReader();
        TreeMap<String, Tissue> map = new TreeMap<>();
        for (String id : builtInIds()) {
            String resource = RESOURCE_DIR + id + ".yaml";
            try (InputStream in = resource(resource)) {
                Tissue t = reader.read(in, Path.of(resource));
                if (!t.name().equals(id)) {
                    throw new IllegalStateException(resource + " declares name '" + t.name() + "', expected '" + id + "'");
                }
                map.put(id, t);
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        return new TissueLibrary(map);
    }

    /** A library holding exactly the given tissues (tests, small tables). */
    public static TissueLibrary of(List<Tissue> tissues) {
        TreeMap<String, Tissue> map = new TreeMap<>();
        tissues.forEach(t -> map.put(t.name(), t));
        return new TissueLibrary(map);
    }

    /** This library plus the tissue in {@code file} (replacing a tissue of the same name). */
    public TissueLibrary withFile(Path file) {
        Tissue t;
        try (InputStream in = Files.newInputStream(file)) {
            t = new TissueFileReader().read(in, file);
        } catch (IOException e) {
            throw new UserInputException("cannot read tissue file: " + e.getMessage(), file, 0, 0, null,
                    "check the path and permissions");
        }
        TreeMap<String, Tissue> map = new TreeMap<>(tissues);
        map.put(t.name(), t);
        return new TissueLibrary(map);
    }

    /** This library plus every {@code *.yaml} tissue file in {@code dir} (not recursive). */
    public TissueLibrary withDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("not a directory", dir, 0, 0, null, "give a folder of <tissue>.yaml files");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("index.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UserInputException("cannot list directory: " + e.getMessage(), dir, 0, 0, null, null);
        }
        TissueLibrary lib = this;
        for (Path f : files) {
            lib = lib.withFile(f);
        }
        return lib;
    }

    @Override
    public Optional<Tissue> find(String name) {
        return Optional.ofNullable(tissues.get(name));
    }

    /** The tissue called {@code name}; a UserInputException suggesting the closest known name otherwise. */
    public Tissue require(String name) {
        Tissue t = tissues.get(name);
        if (t == null) {
            String hint = ClosestName.suggestion(name == null ? "" : name, tissues.keySet())
                    .orElse("known tissues: " + String.join(", ", tissues.keySet()));
            throw new UserInputException("unknown tissue '" + name + "'", null, 0, 0, null, hint);
        }
        return t;
    }

    @Override
    public SortedSet<String> names() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(tissues.keySet()));
    }

    private static List<String> builtInIds() {
        String index = RESOURCE_DIR + "index.yaml";
        try (InputStream in = resource(index)) {
            JsonNode list = new ObjectMapper(new YAMLFactory()).readTree(in).path("tissues");
            if (!list.isArray()) {
                throw new IllegalStateException(index + " has no 'tissues' list");
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode id : list) {
                ids.add(id.asText());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(index, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = TissueLibrary.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + name + " (is phantoms/ packed as a resource?)");
        }
        return in;
    }
}
