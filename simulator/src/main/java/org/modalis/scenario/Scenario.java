package org.modalis.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.modalis.UserInputException;
import org.modalis.image.Window;

/**
 * A loaded, validated scenario: the lesson text, what is imaged, and every parameter with defaults applied.
 * The modality code binds its protocol from {@link #section(String)}; {@code metrics.json} lists
 * {@link #resolvedJson()}.
 *
 * @param name        file stem ("beam-hardening")
 * @param file        the scenario file as given (or {@code classpath:scenarios/…} for a built-in one)
 * @param title       lesson title; the file stem when not written
 * @param objective   learning objective, or ""
 * @param lookFor     what to look for, or ""
 * @param modality    "ct", …
 * @param phantom     the phantom to image
 * @param seed        random seed (≥ 0)
 * @param tree        all parameters, resolved; use {@link #resolvedTree()} for a copy
 * @param rois        extra ROIs from the file
 * @param expectations lesson checks
 * @param display     display window, or null for the modality's default window
 * @param warnings    accepted but suspicious settings ("ct.energy_kev is unused with spectrum: poly")
 * @param sources     where each value was written
 */
public record Scenario(String name, Path file, String title, String objective, String lookFor, String modality,
                       PhantomRef phantom, long seed, ObjectNode tree, List<ScenarioRoi> rois,
                       List<Expectation> expectations, Window display, List<String> warnings, SourceMap sources) {

    public Scenario {
        if (name == null || modality == null || phantom == null || tree == null || sources == null) {
            throw new IllegalArgumentException("a scenario needs a name, modality, phantom, parameters and sources");
        }
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be >= 0, got " + seed);
        }
        tree = tree.deepCopy();
        rois = List.copyOf(rois);
        expectations = List.copyOf(expectations);
        warnings = List.copyOf(warnings);
    }

    /** A protocol or reconstruction section, e.g. {@code section("ct")}, {@code section("recon")}. */
    public Parameters section(String key) {
        return root().section(key);
    }

    /** All parameters, as a view. */
    public Parameters root() {
        return new Parameters(tree, KeyPath.ROOT, sources);
    }

    /** A copy of the resolved parameter tree. */
    public ObjectNode resolvedTree() {
        return tree.deepCopy();
    }

    /** The resolved parameters as pretty JSON (UTF-8): the same input always gives the same bytes. */
    public byte[] resolvedJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The display window written in the file, if any. */
    public Optional<Window> displayWindow() {
        return Optional.ofNullable(display);
    }

    /** Whether this scenario is a lesson (declares checks). */
    public boolean isLesson() {
        return !expectations.isEmpty();
    }

    /** A user error about a dotted key ("ct.views"), located where it was written. */
    public UserInputException at(String dottedKey, String message, String hint) {
        KeyPath k = KeyPath.parseDotted(dottedKey);
        return sources.value(k).error(k, message, hint);
    }
}
