package org.modalis.training.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.modalis.UserInputException;
import org.modalis.training.roc.RocAnalysis;
import org.modalis.training.roc.RocPoint;

/**
 * {@code modalis exercise score}: compares a student's answers CSV with the exercise's answer key.
 * Answer columns (docs/training.md): detection {@code case,confidence}; localisation
 * {@code case,confidence,x_mm,y_mm}; M-AFC {@code case,choice}; artifact {@code case,artifact};
 * protocol {@code case,value} ({@code answer} is accepted for the last three).
 */
public final class ExerciseScorer {

    /** Scores {@code answers} against the exercise in {@code exerciseDir}; {@code threshold} for detection calls. */
    public Score score(Path exerciseDir, Path answers, double threshold) {
        ExerciseLayout layout = new ExerciseLayout(exerciseDir);
        JsonNode info = readJson(layout.exerciseJson());
        TaskType task = TaskType.ofYaml(info.get("task").asText());
        CsvTable key = CsvTable.read(layout.answerKey());
        CsvTable given = CsvTable.read(answers);
        Map<String, Map<String, String>> byCase = answersByCase(key, given, answers);
        Map<String, Map<String, Double>> observer = observer(info.path("observer"));
        double observerPc = info.path("observer_percent_correct").isNumber()
                ? info.get("observer_percent_correct").asDouble() : Double.NaN;
        return switch (task) {
            case DETECTION, LOCALISATION -> ratings(task, key, byCase, threshold, info.path("localisation_radius_mm").asDouble(5),
                    observer, answers);
            case MAFC, ARTIFACT, PROTOCOL -> choices(task, key, byCase, observer, observerPc);
        };
    }

    private static Score ratings(TaskType task, CsvTable key, Map<String, Map<String, String>> byCase, double threshold,
                                 double radius, Map<String, Map<String, Double>> observer, Path file) {
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        Map<String, List<double[]>> byDose = new TreeMap<>();
        List<Score.Miss> missed = new ArrayList<>();
        int right = 0;
        int present = 0;
        int localised = 0;
        for (Map<String, String> k : key.rows()) {
            Map<String, String> a = byCase.get(k.get("case"));
            double conf = number(a, "confidence", file);
            boolean isPresent = k.get("present").equals("1");
            boolean called = conf >= threshold;
            boolean placed = !isPresent || task == TaskType.DETECTION || within(a, k, radius, file);
            (isPresent ? pos : neg).add(conf);
            byDose.computeIfAbsent(k.getOrDefault("dose_value", ""), d -> new ArrayList<>()).add(new double[] {isPresent ? 1 : 0, conf});
            present += isPresent ? 1 : 0;
            localised += isPresent && called && placed ? 1 : 0;
            if (called == isPresent && (!called || placed)) {
                right++;
            } else {
                missed.add(new Score.Miss(k.get("case"), isPresent ? "lesion at (" + k.get("x_mm") + ", " + k.get("y_mm")
                        + ") mm, " + k.get("diameter_mm") + " mm" : "no lesion", describe(a, task)));
            }
        }
        double auc = Double.NaN;
        List<RocPoint> roc = List.of();
        if (!pos.isEmpty() && !neg.isEmpty()) {
            RocAnalysis r = RocAnalysis.of(toArray(pos), toArray(neg));
            auc = r.auc();
            roc = r.curve();
        }
        int n = key.rows().size();
        return new Score(task, n, 100.0 * right / n, threshold, fraction(pos, threshold, true), fraction(neg, threshold, false),
                auc, aucByDose(byDose), task == TaskType.LOCALISATION && present > 0 ? (double) localised / present : Double.NaN,
                roc, observer, Double.NaN, missed);
    }

    private static Score choices(TaskType task, CsvTable key, Map<String, Map<String, String>> byCase,
                                 Map<String, Map<String, Double>> observer, double observerPc) {
        String column = switch (task) {
            case MAFC -> "choice";
            case ARTIFACT -> "artifact";
            default -> "value";
        };
        List<Score.Miss> missed = new ArrayList<>();
        int right = 0;
        for (Map<String, String> k : key.rows()) {
            Map<String, String> a = byCase.get(k.get("case"));
            String given = a.getOrDefault(column, a.getOrDefault("answer", "")).strip();
            if (same(given, k.get("answer"))) {
                right++;
            } else {
                missed.add(new Score.Miss(k.get("case"), k.get("answer"), given.isEmpty() ? "(blank)" : given));
            }
        }
        int n = key.rows().size();
        return new Score(task, n, 100.0 * right / n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Map.of(), Double.NaN,
                List.of(), observer, observerPc, missed);
    }

    /** Equal as text (case-insensitive), or as numbers ("40" = "40.0"). */
    private static boolean same(String given, String expected) {
        if (given.equalsIgnoreCase(expected)) {
            return true;
        }
        try {
            return Double.parseDouble(given) == Double.parseDouble(expected);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Map<String, Map<String, String>> answersByCase(CsvTable key, CsvTable given, Path file) {
        if (!given.header().contains("case")) {
            throw new UserInputException("the answers have no 'case' column (columns: " + given.header() + ")", file, 1, 0,
                    null, "the first line names the columns, e.g. case,confidence");
        }
        Map<String, Map<String, String>> by = new LinkedHashMap<>();
        given.rows().forEach(r -> by.put(r.get("case"), r));
        List<String> missing = key.rows().stream().map(r -> r.get("case")).filter(c -> !by.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new UserInputException("no answer for " + missing.size() + " case(s): "
                    + String.join(", ", missing.subList(0, Math.min(10, missing.size()))) + (missing.size() > 10 ? ", …" : ""),
                    file, 0, 0, "case", "give one line per case listed in cases.csv");
        }
        return by;
    }

    private static double number(Map<String, String> a, String column, Path file) {
        try {
            Double v = Num.parse(a.get(column));
            if (v == null) {
                throw new NumberFormatException("blank");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UserInputException("case " + a.get("case") + ": '" + column + "' must be a number, got '"
                    + a.getOrDefault(column, "") + "'", file, 0, 0, column, "confidence is 1 (surely absent) … 5 (surely present)");
        }
    }

    private static boolean within(Map<String, String> a, Map<String, String> k, double radius, Path file) {
        Double x = Num.parse(a.get("x_mm"));
        Double y = Num.parse(a.get("y_mm"));
        if (x == null || y == null) {
            return false;
        }
        return Math.hypot(x - Double.parseDouble(k.get("x_mm")), y - Double.parseDouble(k.get("y_mm"))) <= radius;
    }

    private static String describe(Map<String, String> a, TaskType task) {
        String s = "confidence " + a.get("confidence");
        return task == TaskType.LOCALISATION && !a.getOrDefault("x_mm", "").isBlank()
                ? s + " at (" + a.get("x_mm") + ", " + a.get("y_mm") + ") mm" : s;
    }

    private static double fraction(List<Double> v, double threshold, boolean atOrAbove) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        long n = v.stream().filter(x -> (x >= threshold) == atOrAbove).count();
        return (double) n / v.size();
    }

    private static Map<String, Double> aucByDose(Map<String, List<double[]>> byDose) {
        // ascending dose, numerically ("20" before "80" before "160")
        Map<String, Double> out = new TreeMap<>(java.util.Comparator.comparingDouble(Double::parseDouble));
        byDose.forEach((dose, rows) -> {
            double[] p = rows.stream().filter(r -> r[0] == 1).mapToDouble(r -> r[1]).toArray();
            double[] n = rows.stream().filter(r -> r[0] == 0).mapToDouble(r -> r[1]).toArray();
            if (!dose.isEmpty() && p.length > 0 && n.length > 0) {
                out.put(dose, RocAnalysis.of(p, n).auc());
            }
        });
        return out;
    }

    private static Map<String, Map<String, Double>> observer(JsonNode o) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        o.fields().forEachRemaining(e -> {
            Map<String, Double> m = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(f -> m.put(f.getKey().toLowerCase(Locale.ROOT), f.getValue().asDouble()));
            out.put(e.getKey(), m);
        });
        return out;
    }

    private static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UserInputException("not an exercise folder: cannot read " + file, file, 0, 0, null,
                    "give the folder 'modalis exercise new … --out DIR' wrote");
        }
    }
}
