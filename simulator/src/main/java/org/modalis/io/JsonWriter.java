package org.modalis.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Pretty JSON of a tree of records, lists, maps and scalars (a metrics report, a run summary), written so
 * that the same inputs give the same bytes: two-space indent, {@code "key": value}, '\n' line ends on every
 * platform and a final newline; map entries sorted by key (so a HashMap's iteration order does not leak
 * into the file); record components in declaration order (Jackson ≥ 2.15 serialises records that way,
 * and the tests hold it to it). Pass records, lists and maps: other classes get Jackson's bean order.
 * Nothing is added that the caller did not put in (no timestamps). Non-finite doubles are written as the
 * strings "NaN", "Infinity" (Jackson's default), so the output stays valid JSON; empty optionals as null.
 */
public final class JsonWriter {

    private final ObjectWriter writer;

    /** A writer with the settings of the class comment. Thread-safe once built. */
    public JsonWriter() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .addModule(optionals())
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.writer = mapper.writer(printer);
    }

    /**
     * Optional values as their content or null (e.g. an MTF10 that was not reached), without pulling in
     * jackson-datatype-jdk8 for three tiny serializers.
     */
    private static SimpleModule optionals() {
        SimpleModule m = new SimpleModule("modalis-optionals");
        m.addSerializer(OptionalDouble.class, new StdSerializer<>(OptionalDouble.class) {
            @Override
            public void serialize(OptionalDouble v, JsonGenerator gen, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    gen.writeNumber(v.getAsDouble());
                } else {
                    gen.writeNull();
                }
            }
        });
        m.addSerializer(OptionalInt.class, new StdSerializer<>(OptionalInt.class) {
            @Override
            public void serialize(OptionalInt v, JsonGenerator gen, SerializerProvider p) throws IOException {
                if (v.isPresent()) {
                    gen.writeNumber(v.getAsInt());
                } else {
                    gen.writeNull();
                }
            }
        });
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Optional<?>> optional = (Class) Optional.class;
        m.addSerializer(optional, new StdSerializer<>(optional) {
            @Override
            public void serialize(Optional<?> v, JsonGenerator gen, SerializerProvider p) throws IOException {
                p.defaultSerializeValue(v.orElse(null), gen);
            }
        });
        return m;
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
