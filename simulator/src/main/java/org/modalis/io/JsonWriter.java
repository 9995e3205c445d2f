package org.modalis.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Pretty JSON of a tree of records, lists, maps and scalars (a metrics report, a run summary), written so
 * that the same inputs give the same bytes: two-space indent, {@code "key": value}, '\n' line ends on every
 * platform and a final newline; map entries sorted by key (so a HashMap's iteration order does not leak
 * into the file); record components in declaration order (Jackson ≥ 2.15 serialises records that way,
 * and the tests hold it to it). Pass records, lists and maps: other classes get Jackson's bean order.
 * Nothing is added that the caller did not put in (no timestamps). Non-finite doubles are written as the
 * strings "NaN", "Infinity" (Jackson's default), so the output stays valid JSON.
 */
public final class JsonWriter {

    private final ObjectWriter writer;

    /** A writer with the settings of the class comment. Thread-safe once built. */
    public JsonWriter() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.writer = mapper.writer(printer);
    }

    /** The JSON text of {@code value}, ending with a newline. */
    public String toJson(Object value) {
        try {
            return writer.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName() + " to JSON", e);
        }
    }

    /** Streams the JSON text (UTF-8) of {@code value} into {@code out}. */
    public void write(OutputStream out, Object value) throws IOException {
        out.write(toJson(value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes the JSON of {@code value} atomically to {@code file}. */
    public void write(Path file, Object value) throws IOException {
        AtomicFiles.write(file, out -> write(out, value));
    }
}
