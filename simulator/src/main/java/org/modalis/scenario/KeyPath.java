package org.modalis.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The path of a value inside a scenario: section keys and list indices, e.g. {@code ct → bad_bins → 0 → gain}.
 * Written as a JSON pointer ({@code /ct/bad_bins/0/gain}) for the source map and the schema validator, and
 * in dotted form ({@code ct.bad_bins[0].gain}) in messages, because that is what users type after {@code --set}.
 *
 * @param segments keys (String) and list indices (Integer), outermost first
 */
public record KeyPath(List<Object> segments) {

    /** The whole scenario. */
    public static final KeyPath ROOT = new KeyPath(List.of());

    public KeyPath {
        for (Object s : segments) {
            if (!(s instanceof String) && !(s instanceof Integer)) {
                throw new IllegalArgumentException("a key path segment is a key or a list index, got " + s);
            }
        }
        segments = List.copyOf(segments);
    }

    /** Parses a dotted key such as {@code ct.views} or {@code ct.bad_bins[0].gain} (also {@code ct.bad_bins.0.gain}). */
    public static KeyPath parseDotted(String dotted) {
        List<Object> out = new ArrayList<>();
        for (String part : dotted.replace("[", ".").replace("]", "").split("\\.", -1)) {
            out.add(part.matches("\\d{1,9}") ? (Object) Integer.valueOf(part) : part);
        }
        return new KeyPath(out);
    }

    public KeyPath child(String key) {
        return append(key);
    }

    public KeyPath child(int index) {
        return append(index);
    }

    private KeyPath append(Object segment) {
        List<Object> out = new ArrayList<>(segments);
        out.add(segment);
        return new KeyPath(out);
    }

    /** The enclosing section or list; the root is its own parent. */
    public KeyPath parent() {
        return segments.isEmpty() ? this : new KeyPath(segments.subList(0, segments.size() - 1));
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The last segment as text ("views", "0"), or "" for the root. */
    public String last() {
        return segments.isEmpty() ? "" : String.valueOf(segments.get(segments.size() - 1));
    }

    public boolean startsWith(KeyPath prefix) {
        return segments.size() >= prefix.segments.size()
                && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
    }

    /** JSON pointer (RFC 6901): "" for the root, "/ct/views". */
    public String pointer() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            sb.append('/').append(String.valueOf(s).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** Dotted form for messages: "ct.views", "ct.bad_bins[0].gain"; "" for the root. */
    public String dotted() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer) {
                sb.append('[').append(s).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return dotted();
    }
}
