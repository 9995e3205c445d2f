package org.modalis.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GLSL text of one shader loaded from the classpath folder {@code shaders/}, with its {@code #include
 * "common/x.glsl"} lines replaced by the included file (recursively, each file once). Every file gets a
 * source-string number (the main file 0, includes 1, 2, … in order of first use) and the text carries
 * {@code #line L S} directives, so that the driver's error positions "S:L" map back to a file and line
 * ({@link #locate}). GLSL 4.30 §3.4: after {@code #line L S} the next line is line L of string S.
 *
 * @param name  path below {@code shaders/}, e.g. {@code ct/backproject_parallel.comp}
 * @param text  the expanded source handed to the driver
 * @param files the file of each source-string number
 */
public record ShaderSource(String name, String text, List<String> files) {

    private static final Pattern INCLUDE = Pattern.compile("^\\s*#include\\s+\"([^\"]+)\"\\s*$");
    /** Mesa "0:12(5): error…" and NVIDIA "0(12) : error…": source-string number, line, optional column. */
    private static final Pattern POSITION =
            Pattern.compile("^\\s*(?:ERROR:\\s*)?(\\d+)[:(](\\d+)\\)?(?:\\((\\d+)\\))?\\s*:?");

    public ShaderSource {
        files = List.copyOf(files);
    }

    /** Loads {@code shaders/<path>} and its includes (paths relative to {@code shaders/}). */
    public static ShaderSource load(String path) {
        List<String> files = new ArrayList<>();
        files.add(path);
        StringBuilder out = new StringBuilder();
        expand(path, 0, files, out, true);
        return new ShaderSource(path, out.toString(), files);
    }

    private static void expand(String path, int number, List<String> files, StringBuilder out, boolean main) {
        String[] lines = read(path).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            Matcher m = INCLUDE.matcher(lines[n]);
            if (!m.matches()) {
                out.append(lines[n]).append('\n');
                continue;
            }
            if (main && !out.toString().contains("#version")) {
                throw new IllegalArgumentException(path + ":" + (n + 1) + ": #include before #version");
            }
            String included = m.group(1);
            if (files.contains(included)) {
                out.append("// (already included: ").append(included).append(")\n");
                continue;
            }
            files.add(included);
            out.append("#line 1 ").append(files.size() - 1).append('\n');
            expand(included, files.size() - 1, files, out, false);
            out.append("#line ").append(n + 2).append(' ').append(number).append('\n');
        }
    }

    private static String read(String path) {
        String resource = "shaders/" + path;
        try (InputStream in = ShaderSource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("shader not found on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shader " + resource, e);
        }
    }

    /**
     * Rewrites a driver's info log so that each "S:L" or "S(L)" position becomes "file:L", e.g.
     * {@code 0:12(5): error: …} → {@code ct/backproject_parallel.comp:12:5: error: …}.
     */
    public String locate(String infoLog) {
        StringBuilder sb = new StringBuilder();
        for (String line : infoLog.strip().split("\n")) {
            Matcher m = POSITION.matcher(line);
            int s = m.find() ? Integer.parseInt(m.group(1)) : -1;
            if (s >= 0 && s < files.size()) {
                sb.append(files.get(s)).append(':').append(m.group(2));
                if (m.group(3) != null) {
                    sb.append(':').append(m.group(3));
                }
                sb.append(": ").append(line.substring(m.end()).strip());
            } else {
                sb.append(line);
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }
}
