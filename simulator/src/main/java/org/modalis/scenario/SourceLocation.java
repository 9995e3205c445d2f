package org.modalis.scenario;

import java.nio.file.Path;
import org.modalis.UserInputException;

/**
 * Where a value came from: a line and column in a scenario file, or a command-line override (then
 * {@code file} is the override as typed, e.g. {@code --set ct.views=0}, and line and column are 0).
 *
 * @param file   the file, or the override text as a pseudo-path; never null
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record SourceLocation(Path file, int line, int column) {

    public SourceLocation {
        if (file == null) {
            throw new IllegalArgumentException("a source location needs a file (or an override text)");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based (0 = unknown), got " + line + ":" + column);
        }
    }

    /** The location of a {@code --set} override: the "file" is the override exactly as typed. */
    public static SourceLocation ofOverride(String overrideText) {
        return new SourceLocation(Path.of("--set " + overrideText), 0, 0);
    }

    /** A user error at this location. */
    public UserInputException error(KeyPath key, String message, String hint) {
        String k = key == null || key.isRoot() ? null : key.dotted();
        return new UserInputException(message, file, line, column, k, hint);
    }
}
