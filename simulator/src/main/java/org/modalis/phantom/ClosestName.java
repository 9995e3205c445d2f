package org.modalis.phantom;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?" for a misspelt name: the candidate nearest in Levenshtein distance, if near enough. */
final class ClosestName {

    private ClosestName() {
    }

    /**
     * The hint for {@code given}, or a list of the valid names when none is close (at most a third of the
     * longer word's letters changed, and at least 2 allowed).
     */
    static String hint(String given, Collection<String> candidates) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance.apply(given.toLowerCase(), c.toLowerCase());
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        if (best != null && bestD <= Math.max(2, Math.max(given.length(), best.length()) / 3)) {
            return "did you mean '" + best + "'?";
        }
        return "valid: " + String.join(", ", candidates);
    }
}
