package org.modalis;

import java.nio.file.Path;

/**
 * A mistake in what the user gave us (scenario, phantom, override, data file): reported as one clear
 * message with the file, line, column and key where known, the allowed range, and a suggestion; the CLI
 * prints it without a stack trace and exits with status 2. Code bugs are never wrapped in this type.
 *
 * @param file   the file at fault, or null
 * @param line   1-based line, or 0 if unknown
 * @param column 1-based column, or 0 if unknown
 * @param key    the dotted key at fault (e.g. {@code ct.views}), or null
 * @param hint   a suggestion ("did you mean 'views'?"), or null
 */
public class UserInputException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final int column;
    private final String key;
    private final String hint;

    public UserInputException(String message) {
        this(message, null, 0, 0, null, null);
    }

    public UserInputException(String message, Path file, int line, int column, String key, String hint) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.key = key;
        this.hint = hint;
    }

    /** The same problem located in a file. */
    public UserInputException at(Path f, int l, int c) {
        return new UserInputException(getMessage(), f, l, c, key, hint);
    }

    public Path file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String key() { return key; }
    public String hint() { return hint; }

    /** "file:line:col: key 'k': message (hint)" — the one-line form the CLI prints. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        if (key != null) {
            sb.append("key '").append(key).append("': ");
        }
        sb.append(getMessage());
        if (hint != null) {
            sb.append(" (").append(hint).append(')');
        }
        return sb.toString();
    }
}
