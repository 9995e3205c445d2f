package org.modalis;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean …?" for a mistyped name (tissue, phantom, shape, key): the known name nearest by Levenshtein
 * edit distance, if it is near enough to be what was meant — within half the typed word's length, and
 * always within 2 edits. Ties go to the alphabetically first name, so the hint is deterministic.
 */
public final class ClosestName {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private ClosestName() {
    }

    /** The closest of {@code known} to {@code wrong}, if close enough. */
    public static Optional<String> closest(String wrong, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = DISTANCE.apply(wrong.toLowerCase(), k.toLowerCase());
            if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        if (best == null || bestDistance > Math.max(2, wrong.length() / 2)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** "did you mean 'x'?" for the closest name, if any is close. */
    public static Optional<String> suggestion(String wrong, Collection<String> known) {
        return closest(wrong, known).map(k -> "did you mean '" + k + "'?");
    }

    /** The suggestion, or the list of valid names when none is close. */
    public static String hint(String wrong, Collection<String> known) {
        return suggestion(wrong, known).orElse("valid: " + String.join(", ", known));
    }
}
