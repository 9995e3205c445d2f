package org.modalis.viewer;

import java.util.Map;

/**
 * Text for ImGui's built-in font, which has Latin-1 glyphs only: the symbols the scenario texts and
 * messages use (−, …, σ, μ, ², ³, ∝, ≳, …) are spelled in ASCII instead of showing as "?". Shipping a TTF
 * with wider glyph ranges would avoid this, at the cost of a font file in the jar.
 */
final class DisplayText {

    private static final Map<Character, String> ASCII = Map.ofEntries(
            Map.entry('−', "-"), Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('…', ".."),
            Map.entry('σ', "sd"), Map.entry('μ', "mu"), Map.entry('π', "pi"), Map.entry('Δ', "delta"),
            Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('θ', "theta"), Map.entry('∞', "inf"),
            Map.entry('²', "^2"), Map.entry('³', "^3"), Map.entry('∝', "~"), Map.entry('≳', ">~"),
            Map.entry('≲', "<~"), Map.entry('≤', "<="), Map.entry('≥', ">="), Map.entry('≈', "~"),
            Map.entry('·', "*"), Map.entry('×', "x"), Map.entry('→', "->"), Map.entry('’', "'"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('°', " deg"), Map.entry('±', "+/-"));

    private DisplayText() {
    }

    /** {@code s} with the symbols above spelled out; other non-Latin-1 characters become '?'. */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            String r = ASCII.get(c);
            if (r != null) {
                b.append(r);
            } else {
                b.append(c < 256 ? c : '?');
            }
        }
        return b.toString();
    }
}
