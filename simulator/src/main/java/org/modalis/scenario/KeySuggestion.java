package org.modalis.scenario;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the valid name closest to a misspelt one ("viewz" → "views", "hanning" → "hann"), by Levenshtein
 * edit distance (commons-text), case-insensitively. A candidate counts as close when its distance is at
 * most a third of the typed length (at least 1, so every single typo in a short key is caught), or when one
 * name is a prefix of the other (the user left out or added a unit suffix: "arc" → "arc_deg"); prefix
 * matches win over equal-distance typos because they are the commoner mistake in unit-suffixed keys.
 */
final class KeySuggestion {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private KeySuggestion() {
    }

    /** The closest candidate, or null when none is close enough to be a plausible intent. */
    static String closest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, t.length() / 3);
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            boolean prefix = t.length() >= 3 && (lc.startsWith(t) || t.startsWith(lc));
            int d = DISTANCE.apply(t, lc);
            double score = prefix ? 0.5 : d;
            if ((prefix || d <= limit) && score < bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** "did you mean 'views'?" or null. */
    static String didYouMean(String typed, Collection<String> candidates) {
        String c = closest(typed, candidates);
        return c == null ? null : "did you mean '" + c + "'?";
    }
}
