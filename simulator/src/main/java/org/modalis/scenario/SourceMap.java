package org.modalis.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers where every key and value of a scenario tree was written, so that errors found later (by the
 * schema, by cross-field checks, by a protocol record's compact constructor) point at the right line.
 * Keyed by JSON pointer. Values set by an override are located at that override; a value supplied by a
 * default is located at its nearest written ancestor.
 */
public final class SourceMap {

    private final Map<String, SourceLocation> values = new HashMap<>();
    private final Map<String, SourceLocation> keys = new HashMap<>();
    private final SourceLocation fallback;

    /** @param fallback location used when nothing along a path was written (e.g. an empty file) */
    SourceMap(SourceLocation fallback) {
        this.fallback = fallback;
    }

    void putValue(KeyPath path, SourceLocation where) {
        values.put(path.pointer(), where);
    }

    void putKey(KeyPath path, SourceLocation where) {
        keys.put(path.pointer(), where);
    }

    /** Whether the value at this exact path was written in the file or an override (not a default). */
    public boolean isWritten(KeyPath path) {
        return values.containsKey(path.pointer());
    }

    /** Forgets the positions under {@code path} and locates the whole subtree at an override. */
    void replaceSubtree(KeyPath path, SourceLocation where) {
        String p = path.pointer();
        values.keySet().removeIf(k -> k.equals(p) || k.startsWith(p + "/"));
        keys.keySet().removeIf(k -> k.equals(p) || k.startsWith(p + "/"));
        values.put(p, where);
        keys.put(p, where);
    }

    /** Location of the value at {@code path}, or of its nearest written ancestor. */
    public SourceLocation value(KeyPath path) {
        for (KeyPath p = path; ; p = p.parent()) {
            SourceLocation s = values.get(p.pointer());
            if (s != null) {
                return s;
            }
            if (p.isRoot()) {
                return fallback;
            }
        }
    }

    /** Location of the key naming {@code path} (for an unknown key), else of its value. */
    public SourceLocation key(KeyPath path) {
        SourceLocation s = keys.get(path.pointer());
        return s != null ? s : value(path);
    }
}
