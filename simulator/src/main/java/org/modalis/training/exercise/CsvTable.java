package org.modalis.training.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modalis.UserInputException;
import org.modalis.io.AtomicFiles;

/**
 * A small CSV table with a header row (RFC 4180: comma separated, fields with a comma, quote or line break
 * in double quotes, quotes doubled; "\n" line ends). Answer keys, case lists and student answers use it;
 * spreadsheets read and write it.
 *
 * @param header column names
 * @param rows   one map per row, column → text ("" when blank)
 */
public record CsvTable(List<String> header, List<Map<String, String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Writes the table atomically. */
    public void write(Path file) {
        StringBuilder b = new StringBuilder();
        b.append(line(header));
        for (Map<String, String> r : rows) {
            b.append(line(header.stream().map(h -> r.getOrDefault(h, "")).toList()));
        }
        try {
            AtomicFiles.write(file, out -> out.write(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Reads a CSV file whose first row names the columns; a missing file is a user error. */
    public static CsvTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("cannot read the CSV file: " + e.getClass().getSimpleName(), file, 0, 0, null, null);
        }
        List<List<String>> records = parse(text.replace("\r\n", "\n"));
        if (records.isEmpty()) {
            throw new UserInputException("the CSV file is empty; its first line names the columns", file, 0, 0, null, null);
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            if (rec.size() == 1 && rec.get(0).isBlank()) {
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < rec.size() ? rec.get(i).strip() : "");
            }
            rows.add(m);
        }
        return new CsvTable(header, rows);
    }

    /** The row whose {@code column} equals {@code value}, if any. */
    public Optional<Map<String, String>> find(String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst();
    }

    private static String line(List<String> fields) {
        List<String> q = new ArrayList<>();
        for (String f : fields) {
            q.add(f.contains(",") || f.contains("\"") || f.contains("\n") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return String.join(",", q) + "\n";
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                rec.add(f.toString());
                f.setLength(0);
            } else if (c == '\n') {
                rec.add(f.toString());
                f.setLength(0);
                out.add(rec);
                rec = new ArrayList<>();
            } else {
                f.append(c);
            }
        }
        if (f.length() > 0 || !rec.isEmpty()) {
            rec.add(f.toString());
            out.add(rec);
        }
        return out;
    }
}
