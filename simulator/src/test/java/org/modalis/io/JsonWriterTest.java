package org.modalis.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON output is pretty, key-ordered and byte-stable. */
class JsonWriterTest {

    @TempDir
    Path tmp;

    record Entry(String name, double value, String unit) {
    }

    @Test
    void mapsSortedRecordsInDeclarationOrderUnixNewlines() {
        Map<String, Object> m = new HashMap<>();
        m.put("zeta", 1);
        m.put("alpha", List.of(new Entry("CNR", 2.5, "1")));
        String expected = """
                {
                  "alpha": [
                    {
                      "name": "CNR",
                      "value": 2.5,
                      "unit": "1"
                    }
                  ],
                  "zeta": 1
                }
                """;
        assertEquals(expected, new JsonWriter().toJson(m));
    }

    record WithOptionals(java.util.OptionalDouble reached, java.util.OptionalDouble missing,
                         java.util.Optional<String> label, java.util.OptionalInt count) {
    }

    @Test
    void optionalsAreWrittenAsTheirValueOrNull() {
        WithOptionals w = new WithOptionals(java.util.OptionalDouble.of(4.5), java.util.OptionalDouble.empty(),
                java.util.Optional.of("MTF"), java.util.OptionalInt.empty());
        assertEquals("{\n  \"reached\": 4.5,\n  \"missing\": null,\n  \"label\": \"MTF\",\n  \"count\": null\n}\n",
                new JsonWriter().toJson(w));
    }

    @Test
    void sameContentGivesSameBytesWhateverTheMapInsertionOrder() throws IOException {
        Map<String, Object> a = new java.util.LinkedHashMap<>();
        a.put("b", 2.0);
        a.put("a", Double.NaN);
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("a", Double.NaN);
        b.put("b", 2.0);
        JsonWriter w = new JsonWriter();
        w.write(tmp.resolve("a.json"), a);
        w.write(tmp.resolve("b.json"), b);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.json")), Files.readAllBytes(tmp.resolve("b.json")));
        assertEquals("{\n  \"a\": \"NaN\",\n  \"b\": 2.0\n}\n", Files.readString(tmp.resolve("a.json")));
    }
}
