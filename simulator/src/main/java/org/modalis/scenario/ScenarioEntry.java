package org.modalis.scenario;

/**
 * One scenario in the library listing.
 *
 * @param name     what to type after {@code modalis run}, e.g. {@code ct/beam-hardening}
 * @param title    lesson title ("" when not indexed)
 * @param modality "ct", … ("" when not indexed)
 * @param origin   "built-in" (classpath index) or the local file
 */
public record ScenarioEntry(String name, String title, String modality, String origin) {
}
