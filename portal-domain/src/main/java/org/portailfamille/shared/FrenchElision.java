package org.portailfamille.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * French elision of the preposition "de" before a name: "Planning d'EMMA", "Planning d'Hugo", but
 * "Planning de LÉA" and "Planning de YANN" (a "y" followed by a vowel is a consonant). Message bundles take the
 * result as an argument ("Planning {0}") so that the sentence reads right whatever the name.
 */
public final class FrenchElision {

    private FrenchElision() {
    }

    /** "d'EMMA" or "de LÉA"; "de" alone for a blank name. */
    public static String de(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return "de";
        }
        return elides(trimmed) ? "d'" + trimmed : "de " + trimmed;
    }

    /** Whether a word starting {@code text} takes the elided form: a vowel, a mute "h", a "y" before a consonant. */
    static boolean elides(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.FRENCH);
        if (plain.isEmpty()) {
            return false;
        }
        char first = plain.charAt(0);
        if ("aeiou".indexOf(first) >= 0) {
            return true;
        }
        if (first == 'y') {
            return plain.length() > 1 && "aeiouy".indexOf(plain.charAt(1)) < 0;
        }
        // names with a mute h elide (Hugo, Hélène, Hector): the portal treats a leading h as mute
        return first == 'h' && plain.length() > 1 && "aeiouy".indexOf(plain.charAt(1)) >= 0;
    }
}
