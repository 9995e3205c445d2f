package org.modalis.scenario;

import java.nio.file.Path;
import java.util.Locale;
import org.modalis.UserInputException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Rewrites SnakeYAML's parser problems ("mapping values are not allowed here") as plain advice for people
 * who write YAML by hand, with the line and column of the problem. The parser's own wording is kept, in
 * quotes, only for problems not recognised here, so no message is ever lost.
 */
final class YamlProblems {

    private YamlProblems() {
    }

    static UserInputException describe(YAMLException e, Path file, boolean positions) {
        int line = 0;
        int column = 0;
        String problem;
        if (e instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            if (mark != null && positions) {
                line = mark.getLine() + 1;
                column = mark.getColumn() + 1;
            }
            problem = m.getProblem() != null ? m.getProblem() : m.getContext();
        } else if (e instanceof ReaderException r) {
            problem = "special characters are not allowed (code point " + r.getCodePoint() + ")";
        } else {
            problem = String.valueOf(e.getMessage());
        }
        return new UserInputException("this is not valid YAML: " + plain(problem == null ? "" : problem),
                file, line, column, null, hint(problem == null ? "" : problem));
    }

    /** The problem in plain words. */
    static String plain(String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.contains("mapping values are not allowed")) {
            return "a ':' appears where no new key can start";
        }
        if (p.contains("could not find expected ':'")) {
            return "a line has no ':' between key and value";
        }
        if (p.contains("cannot start any token") && p.contains("\\t")) {
            return "a tab character is used for indentation";
        }
        if (p.contains("did not find expected key") || p.contains("expected <block end>")) {
            return "the indentation does not line up with the lines above";
        }
        if (p.contains("found unexpected end of stream") || p.contains("found unexpected end")) {
            return "the text ends inside a quoted text or a [list] / {section}";
        }
        if (p.contains("expected a single document") || p.contains("but found another document")) {
            return "the file holds more than one YAML document ('---')";
        }
        if (p.contains("found undefined alias")) {
            return "an alias '*name' refers to no anchor '&name'";
        }
        if (p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) {
            return "a [list] or {section} is not closed or lacks a ','";
        }
        return "'" + problem.strip() + "'";
    }

    private static String hint(String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.contains("mapping values are not allowed")) {
            return "put text containing ': ' in quotes, and check the indentation of the line";
        }
        if (p.contains("could not find expected ':'")) {
            return "write 'key: value' with a space after the ':'";
        }
        if (p.contains("cannot start any token") && p.contains("\\t")) {
            return "indent with spaces only";
        }
        if (p.contains("did not find expected key") || p.contains("expected <block end>")) {
            return "keys of one section must start in the same column";
        }
        return null;
    }
}
