package org.modalis.training.exercise;

import java.util.List;
import java.util.Map;
import org.modalis.training.roc.RocPoint;

/**
 * A student's result on one exercise (written as {@code score.json}).
 *
 * @param task             the task
 * @param cases            cases scored
 * @param percentCorrect   percent of cases answered correctly (detection: called present iff confidence ≥
 *                         threshold; localisation: and marked within the radius; M-AFC: chance is 100/M)
 * @param threshold        detection threshold on the confidence scale, or NaN
 * @param sensitivity      present cases called present, or NaN (no ROC for this task)
 * @param specificity      absent cases called absent, or NaN
 * @param auc              empirical (Mann–Whitney) AUC of the confidence ratings, or NaN
 * @param aucByDose        the same per dose level, when the exercise has dose levels
 * @param localisation     fraction of present cases called present and marked within the radius, or NaN
 * @param roc              the empirical ROC curve (empty without ratings)
 * @param observer         the NPW model observer's d′ and AUC per dose level, from {@code exercise.json}
 * @param observerPercentCorrect the model observer's M-AFC percent correct, or NaN
 * @param missed           every case answered wrongly, with what was expected and given
 */
public record Score(TaskType task, int cases, double percentCorrect, double threshold, double sensitivity,
                    double specificity, double auc, Map<String, Double> aucByDose, double localisation,
                    List<RocPoint> roc, Map<String, Map<String, Double>> observer, double observerPercentCorrect,
                    List<Miss> missed) {

    public Score {
        aucByDose = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aucByDose));
        roc = List.copyOf(roc);
        missed = List.copyOf(missed);
    }

    /** A wrongly answered case: its id, the right answer and the student's, in words. */
    public record Miss(String caseId, String expected, String given) {
    }
}
