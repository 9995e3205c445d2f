package org.modalis.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.modalis.UserInputException;

/**
 * The text of a scenario and where it came from: a file (phantom paths resolve against its folder) or a
 * classpath resource (a built-in scenario; phantom paths resolve against its resource folder).
 *
 * @param file           the file, or {@code classpath:<resource>} as a pseudo-path, named in errors
 * @param text           the YAML text
 * @param folder         folder for relative phantom paths, or null for a classpath scenario
 * @param resourceFolder classpath folder for relative phantom paths ("scenarios/ct"), or null for a file
 */
public record ScenarioSource(Path file, String text, Path folder, String resourceFolder) {

    public ScenarioSource {
        if (file == null || text == null || (folder == null) == (resourceFolder == null)) {
            throw new IllegalArgumentException("a scenario source needs a file, a text and exactly one of folder, resourceFolder");
        }
    }

    /** Reads a scenario file; a missing or unreadable file is a user error with suggestions. */
    public static ScenarioSource read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path folder = file.toAbsolutePath().getParent();
            return new ScenarioSource(file, text, folder, null);
        } catch (NoSuchFileException e) {
            throw missing(file);
        } catch (AccessDeniedException e) {
            throw new UserInputException("cannot read the file: permission denied", file, 0, 0, null, null);
        } catch (CharacterCodingException e) {
            throw new UserInputException("the file is not UTF-8 text", file, 0, 0, null, "save it as UTF-8");
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "it is a folder, not a scenario file" : e.getClass().getSimpleName();
            throw new UserInputException("cannot read the file: " + why, file, 0, 0, null,
                    Files.isDirectory(file) ? "name a .yaml file inside it" : null);
        }
    }

    /** A built-in scenario on the classpath, e.g. {@code scenarios/ct/head.yaml}; null when there is none. */
    public static ScenarioSource ofResource(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int slash = resource.lastIndexOf('/');
            return new ScenarioSource(Path.of("classpath:" + resource), text, null, slash < 0 ? "" : resource.substring(0, slash));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the built-in scenario " + resource, e);
        }
    }

    /** The file stem: "beam-hardening" for {@code …/beam-hardening.yaml}. */
    public String name() {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static UserInputException missing(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return new UserInputException("no such file (its folder " + folder + " does not exist either)", file, 0, 0,
                    null, "run 'modalis list scenarios' to see the built-in scenarios");
        }
        String name = file.getFileName().toString();
        List<String> siblings = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.map(p -> p.getFileName().toString()).sorted().forEach(siblings::add);
        } catch (IOException e) {
            siblings.clear();
        }
        String close = KeySuggestion.closest(name, siblings);
        String hint = close != null ? "did you mean '" + file.resolveSibling(close) + "'?"
                : "run 'modalis list scenarios' to see the built-in scenarios";
        return new UserInputException("no such file", file, 0, 0, null, hint);
    }
}
