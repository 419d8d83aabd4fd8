package org.portailfamille.shared;

/**
 * The one rule for every name a person types (a guardian's, a partner's, a child's, an authorised person's): no
 * character that makes a name look like another one. Refused: bidirectional controls (U+202A–U+202E,
 * U+2066–U+2069, U+200E, U+200F, U+061C), zero-width and other invisible format characters (U+200B–U+200D, U+2060,
 * U+FEFF, U+00AD…: Unicode category Cf) and the full-width look-alikes of Latin letters, digits and signs
 * (U+FF01–U+FF5E). Accented letters, apostrophes, hyphens and spaces of real names stay allowed.
 */
public final class NameCharacters {

    private NameCharacters() {
    }

    /** Whether the name holds a character that could deceive a reader (see the class comment). */
    public static boolean isDeceptive(String name) {
        return name != null && name.codePoints().anyMatch(NameCharacters::isDeceptive);
    }

    /** Whether this one character could deceive a reader of a name. */
    public static boolean isDeceptive(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT                     // bidi, zero-width, soft hyphen
                || codePoint >= 0x2066 && codePoint <= 0x2069                        // isolates (also Cf)
                || codePoint >= 0x202A && codePoint <= 0x202E                        // embeddings, overrides (Cf)
                || codePoint >= 0xFF01 && codePoint <= 0xFF5E                        // full-width ASCII look-alikes
                || codePoint == 0x3000                                               // ideographic (full-width) space
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 // Hangul fillers (blank)
                || codePoint == 0xFFA0;
    }
}
