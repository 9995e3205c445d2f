package org.modalis.training.dose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modalis.io.AtomicFiles;

/**
 * A session's dose log ({@code --dose-log FILE} on run, sweep and exercise new): one CSV row per ionising
 * run, with its dose figures (CTDIvol, DLP, effective dose; X-ray entrance air kerma, KAP) and the
 * applicable diagnostic reference level (dose/drl.yaml, cited there). Rows are read from the runs'
 * {@code metrics.json}, so any modality that reports these metrics is logged. Noise-free runs (virtual
 * reference images, e.g. the model observer's) deliver no dose and are left out, as are runs without a
 * dose metric (MRI). Appending is atomic and safe between processes: under an exclusive lock on
 * {@code FILE.lock}, the file is rewritten to a temporary name and renamed.
 */
public final class DoseLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReferenceLevels drl;

    public DoseLog(ReferenceLevels drl) {
        this.drl = drl;
    }

    /** The CSV header. */
    public List<String> header() {
        List<String> h = new ArrayList<>(List.of("timestamp_utc", "command", "scenario", "modality", "phantom", "seed", "folder"));
        h.addAll(drl.doseMetrics());
        h.addAll(List.of("drl_exam", "drl_metric", "drl_value", "drl_percent", "drl_exceeded", "drl_source"));
        return h;
    }

    /** Appends one row per ionising run among {@code runDirs} (folders holding a metrics.json); returns rows added. */
    public int record(Path logFile, String command, List<Path> runDirs) {
        List<String> rows = new ArrayList<>();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        for (Path d : runDirs) {
            String row = row(now, command, d);
            if (row != null) {
                rows.add(row);
            }
        }
        if (!rows.isEmpty()) {
            append(logFile, rows);
        }
        return rows.size();
    }

    /** Every run folder (holding a metrics.json) under {@code root}, sorted, at most 4 levels deep. */
    public static List<Path> runFolders(Path root) {
        try (java.util.stream.Stream<Path> s = Files.walk(root, 4)) {
            return s.filter(p -> p.getFileName().toString().equals("metrics.json")).map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the runs under " + root, e);
        }
    }

    /** The CSV row of one run, or null when it is not an ionising, noisy run. */
    String row(String timestamp, String command, Path runDir) {
        JsonNode m;
        try {
            m = JSON.readTree(runDir.resolve("metrics.json").toFile());
        } catch (IOException e) {
            return null;
        }
        String modality = m.path("scenario").path("modality").asText();
        JsonNode metrics = m.path("metrics");
        boolean ionising = drl.doseMetrics().stream().anyMatch(metrics::has);
        if (!ionising || !m.path("parameters").path(modality).path("noise").asBoolean(true)) {
            return null;
        }
        String phantom = phantomName(m.path("phantom").asText());
        List<String> f = new ArrayList<>(List.of(timestamp, command, m.path("scenario").path("name").asText(), modality,
                phantom, m.path("seed").asText(), runDir.toString()));
        for (String k : drl.doseMetrics()) {
            f.add(metrics.has(k) ? num(metrics.get(k).get("value").asDouble()) : "");
        }
        f.addAll(worstLevel(modality, phantom, metrics));
        return csv(f);
    }

    /** The applicable DRL with the highest ratio value/DRL: exam, metric, DRL, percent, exceeded, source. */
    private List<String> worstLevel(String modality, String phantom, JsonNode metrics) {
        ReferenceLevel worst = null;
        double ratio = -1;
        for (ReferenceLevel l : drl.applicable(modality, phantom)) {
            if (metrics.has(l.metric())) {
                double r = metrics.get(l.metric()).get("value").asDouble() / l.value();
                if (r > ratio) {
                    ratio = r;
                    worst = l;
                }
            }
        }
        if (worst == null) {
            return List.of("", "", "", "", "", "");
        }
        return List.of(worst.exam(), worst.metric(), num(worst.value()), String.format(Locale.ROOT, "%.1f", 100 * ratio),
                ratio > 1 ? "yes" : "no", worst.source());
    }

    /** "forbild-head" for a built-in name; the file stem for a phantom file. */
    static String phantomName(String described) {
        String n = Path.of(described).getFileName() == null ? described : Path.of(described).getFileName().toString();
        return n.replaceFirst("\\.ya?ml$", "");
    }

    private void append(Path logFile, List<String> rows) {
        Path lock = logFile.resolveSibling(logFile.getFileName() + ".lock");
        try {
            if (logFile.toAbsolutePath().getParent() != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
            }
            try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = ch.lock()) {
                String old = Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : csv(header());
                String text = old + String.join("", rows);
                AtomicFiles.write(logFile, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the dose log " + logFile, e);
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String csv(List<String> fields) {
        List<String> q = new ArrayList<>();
        for (String s : fields) {
            q.add(s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        return String.join(",", q) + "\n";
    }
}
