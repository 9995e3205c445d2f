package org.modalis.training.exercise;

import java.nio.file.Path;
import java.util.List;
import org.modalis.image.Window;

/**
 * An exercise template (YAML, {@code schema/exercise.schema.json}, docs/training.md): which scenario to
 * image, what lesion to insert, and what the students do. Cross-field rules (the task's required keys)
 * are checked by {@link ExerciseTemplateReader}.
 *
 * @param file                  the template file (errors, relative paths)
 * @param title                 shown to students
 * @param instructions          what students are asked, or ""
 * @param task                  the task type
 * @param scenario              base scenario: built-in name or path relative to the template; for the
 *                              artifact task, null (the artifacts list names the scenarios)
 * @param sets                  KEY=VALUE overrides applied to every run
 * @param display               the one display window of every student image, or null for the scenario's
 * @param lesion                the lesion model (detection, localisation, mafc), else null
 * @param localisationRadiusMm  a mark within this distance of the lesion centre is correct [mm]
 * @param alternatives          M of M-AFC
 * @param artifacts             artifact task: the scenarios one of which makes each case
 * @param dose                  optional dose levels, or null
 * @param protocol              protocol task: the search, else null
 * @param observer              run each case noise-free too, for the NPW model observer
 */
public record ExerciseTemplate(Path file, String title, String instructions, TaskType task, String scenario,
                               List<String> sets, Window display, LesionModel lesion, double localisationRadiusMm,
                               int alternatives, List<String> artifacts, DoseLevels dose, ProtocolSearch protocol,
                               boolean observer) {

    public ExerciseTemplate {
        sets = List.copyOf(sets);
        artifacts = List.copyOf(artifacts);
        if (task == null || title == null) {
            throw new IllegalArgumentException("a template needs a title and a task");
        }
    }

    /** Dose levels: every case gets one of {@code values} for scenario key {@code key} (e.g. ct.mas). */
    public record DoseLevels(String key, List<Double> values) {
        public DoseLevels {
            values = List.copyOf(values);
            if (values.isEmpty() || values.stream().anyMatch(v -> !(v > 0))) {
                throw new IllegalArgumentException("dose values must be > 0, got " + values);
            }
        }
    }

    /**
     * Protocol optimisation: the smallest of {@code values} (listed in ascending dose or time) for which
     * {@code metric} reaches {@code target} is the answer.
     */
    public record ProtocolSearch(String key, List<Double> values, String metric, double target) {
        public ProtocolSearch {
            values = List.copyOf(values);
            for (int i = 1; i < values.size(); i++) {
                if (!(values.get(i) > values.get(i - 1))) {
                    throw new IllegalArgumentException("protocol values must ascend, got " + values);
                }
            }
        }
    }
}
