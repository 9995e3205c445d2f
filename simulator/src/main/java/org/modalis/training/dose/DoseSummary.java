package org.modalis.training.dose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.UserInputException;

/**
 * What a session's dose log adds up to, per modality: runs, the summed DLP and effective dose (CT) or
 * entrance air kerma and KAP (X-ray), and the runs above their diagnostic reference level. Sums are what a
 * patient would have received had every run been a real exposure — the point of the log in teaching.
 *
 * @param runs      runs per modality
 * @param totals    per modality, metric → sum over its runs
 * @param exceeded  the log lines (scenario, folder, DRL percent) above their DRL
 */
public record DoseSummary(Map<String, Integer> runs, Map<String, Map<String, Double>> totals, List<String> exceeded) {

    /** Metrics whose sum over a session means something (dose indices per scan, CTDIvol, do not add up). */
    static final List<String> ADDITIVE = List.of("dlp_mgy_cm", "effective_dose_msv", "dose.entrance_kerma", "dose.kap");

    /** Reads and sums a dose log written by {@link DoseLog}. */
    public static DoseSummary of(Path logFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("cannot read the dose log", logFile, 0, 0, null, "give the FILE of --dose-log");
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("timestamp_utc,")) {
            throw new UserInputException("not a dose log (its first line must start with 'timestamp_utc,')", logFile, 1, 0, null, null);
        }
        List<String> header = List.of(lines.get(0).split(",", -1));
        Map<String, Integer> runs = new LinkedHashMap<>();
        Map<String, Map<String, Double>> totals = new LinkedHashMap<>();
        List<String> exceeded = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = fields(line);
            String modality = f.get(header.indexOf("modality"));
            runs.merge(modality, 1, Integer::sum);
            for (String k : ADDITIVE) {
                int i = header.indexOf(k);
                if (i >= 0 && i < f.size() && !f.get(i).isEmpty()) {
                    totals.computeIfAbsent(modality, m -> new LinkedHashMap<>()).merge(k, Double.parseDouble(f.get(i)), Double::sum);
                }
            }
            int x = header.indexOf("drl_exceeded");
            if (x >= 0 && x < f.size() && f.get(x).equals("yes")) {
                exceeded.add(f.get(header.indexOf("scenario")) + " (" + f.get(header.indexOf("folder")) + "): "
                        + f.get(header.indexOf("drl_percent")) + " % of the " + f.get(header.indexOf("drl_exam")) + " DRL");
            }
        }
        return new DoseSummary(runs, totals, exceeded);
    }

    /** Splits one CSV line (fields may be double-quoted, as DoseLog quotes those with commas). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }

    public DoseSummary {
        runs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(runs));
        totals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        exceeded = List.copyOf(exceeded);
    }
}
