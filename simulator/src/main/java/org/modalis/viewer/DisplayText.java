package org.modalis.viewer;

import java.util.Map;

/**
 * Text as the viewer's font can draw it: characters inside the font's glyph ranges ({@link ViewerFont#RANGES},
 * which include the Greek letters and the mathematical operators the lessons use) pass unchanged; a few
 * others are spelled in ASCII, and the rest become '?', as ImGui would draw them.
 */
final class DisplayText {

    private static final Map<Character, String> ASCII = Map.ofEntries(
            Map.entry('−', "-"), Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('…', ".."),
            Map.entry('σ', "sd"), Map.entry('μ', "mu"), Map.entry('π', "pi"), Map.entry('Δ', "delta"),
            Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('θ', "theta"), Map.entry('∞', "inf"),
            Map.entry('²', "^2"), Map.entry('³', "^3"), Map.entry('∝', "~"), Map.entry('≳', ">~"),
            Map.entry('≲', "<~"), Map.entry('≤', "<="), Map.entry('≥', ">="), Map.entry('≈', "~"),
            Map.entry('·', "*"), Map.entry('×', "x"), Map.entry('→', "->"), Map.entry('’', "'"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('°', " deg"), Map.entry('±', "+/-"),
            Map.entry('✓', "ok"), Map.entry('✗', "x"));

    private DisplayText() {
    }

    /** {@code s} as the viewer's font shows it. */
    static String shown(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (ViewerFont.covers(c)) {
                b.append(c);
            } else {
                String r = ASCII.get(c);
                b.append(r != null ? r : "?");
            }
        }
        return b.toString();
    }
}
