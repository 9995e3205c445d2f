package org.modalis.scenario;

import java.nio.file.Path;

/**
 * What the scenario's {@code phantom} names: a built-in phantom, a phantom file next to the scenario, or
 * (for scenarios shipped on the classpath) a phantom resource beside it. The phantom package resolves it.
 */
public sealed interface PhantomRef {

    /** A phantom by name, e.g. {@code ct-quality}. */
    record Named(String name) implements PhantomRef {
    }

    /** A phantom definition file, resolved against the scenario's folder; it exists. */
    record InFile(Path file) implements PhantomRef {
    }

    /** A phantom definition on the classpath (e.g. {@code scenarios/ct/my-phantom.yaml}); it exists. */
    record OnClasspath(String resource) implements PhantomRef {
    }

    /** Whether the value names a file rather than a built-in phantom. */
    static boolean looksLikePath(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return v.endsWith(".yaml") || v.endsWith(".yml") || v.contains("/") || v.contains("\\");
    }
}
