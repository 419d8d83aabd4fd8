package org.portailfamille.billing.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The character set of SEPA files (EPC implementation guidelines, "Character set"): a-z A-Z 0-9 / - ? : ( ) . , ' +
 * and space. Names and remittance text are transliterated into it (accents dropped, anything else a space);
 * identifiers must already be in it, 1 to 35 characters, neither starting nor ending with "/" nor containing "//".
 */
public final class SepaText {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9/\\-?:().,'+ ]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9/\\-?:().,'+]{1,35}");

    private SepaText() {
    }

    /** The text in the SEPA set, spaces collapsed, cut to {@code max} characters; never empty ("NC" if nothing is left). */
    public static String latin(String text, int max) {
        String plain = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
                .replace("Æ", "AE").replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            out.append(ALLOWED.matcher(String.valueOf(c)).matches() ? c : ' ');
        }
        String cleaned = out.toString().replaceAll(" +", " ").strip();
        if (cleaned.length() > max) {
            cleaned = cleaned.substring(0, max).strip();
        }
        return cleaned.isEmpty() ? "NC" : cleaned;
    }

    public static boolean isInSet(String text) {
        return ALLOWED.matcher(text).matches();
    }

    public static boolean isIdentifier(String text) {
        return IDENTIFIER.matcher(text).matches() && !text.startsWith("/") && !text.endsWith("/")
                && !text.contains("//");
    }
}
