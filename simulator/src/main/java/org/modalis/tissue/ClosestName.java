package org.modalis.tissue;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?": the known name nearest to a mistyped one by Levenshtein edit distance. */
final class ClosestName {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private ClosestName() {
    }

    /** The closest of {@code known} to {@code wrong}, if it is within half the length of the typed word. */
    static Optional<String> closest(String wrong, Collection<String> known) {
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
    static Optional<String> suggestion(String wrong, Collection<String> known) {
        return closest(wrong, known).map(k -> "did you mean '" + k + "'?");
    }
}
