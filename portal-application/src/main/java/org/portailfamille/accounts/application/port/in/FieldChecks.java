package org.portailfamille.accounts.application.port.in;

import org.portailfamille.accounts.domain.ContactRules;
import org.portailfamille.shared.NameCharacters;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How the typed forms of the accounts module clean what was typed and name what is wrong with it: a problem
 * code per field ("required", "tooLong", "characters", "choice", "postcode", "phone", "email", …), each the
 * suffix of a French message key {@code problem.<code>}.
 */
final class FieldChecks {

    private FieldChecks() {
    }

    /** The typed text without surrounding spaces; nothing typed is an empty text. */
    static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    static String upper(String value) {
        return clean(value).toUpperCase(Locale.FRENCH);
    }

    /** A checkbox value as posted: ticked when "true" or "on". */
    static boolean ticked(String value) {
        String text = clean(value);
        return "true".equals(text) || "on".equals(text);
    }

    /** A decimal as typed in French ("1 234,50") in the stored format ("1234.50"). */
    static String decimalText(String value) {
        return clean(value).replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(',', '.');
    }

    /** A decimal of at most twelve digits and two decimals, or nothing. */
    static Optional<BigDecimal> decimal(String value) {
        if (!value.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value));
    }

    static boolean isOneOf(String value, Enum<?>[] choices) {
        return Arrays.stream(choices).anyMatch(choice -> choice.name().equals(value));
    }

    static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    /**
     * One field of a form: a control character is refused first; then an empty field is "required" when it must
     * be filled in (and fine otherwise); then a text longer than {@code max} (0: no limit here) is "tooLong";
     * then a value that fails {@code valid} gets {@code code}.
     */
    static void check(Map<String, String> problems, String field, String value, boolean required, int max,
                      Predicate<String> valid, String code) {
        if (hasControlCharacter(value)) {
            problems.put(field, "characters");
        } else if (value.isEmpty()) {
            if (required) {
                problems.put(field, "required");
            }
        } else if (max > 0 && value.length() > max) {
            problems.put(field, "tooLong");
        } else if (!valid.test(value)) {
            problems.put(field, code);
        }
    }

    /** A free text of at most {@code max} characters. */
    static void text(Map<String, String> problems, String field, String value, boolean required, int max) {
        check(problems, field, value, required, max, any -> true, "");
    }

    static void phone(Map<String, String> problems, String field, String value, int max) {
        check(problems, field, value, false, max, ContactRules::isValidPhone, "phone");
    }

    /** A required person's name (first or last): present, at most 100 characters, no control character. */
    static void name(Map<String, String> problems, String field, String value) {
        personName(problems, field, value, true, 100);
    }

    /**
     * Every person's name field: no control character ("characters"), nothing that makes it look like another name
     * ("deceptive", {@link NameCharacters}: bidi overrides, zero-width, full-width look-alikes), present when
     * required, at most {@code max} characters.
     */
    static void personName(Map<String, String> problems, String field, String value, boolean required, int max) {
        if (hasControlCharacter(value)) {
            problems.put(field, "characters");
        } else if (NameCharacters.isDeceptive(value)) {
            problems.put(field, "deceptive");
        } else if (value.isEmpty()) {
            if (required) {
                problems.put(field, "required");
            }
        } else if (value.length() > max) {
            problems.put(field, "tooLong");
        }
    }

    static String bool(boolean value) {
        return Boolean.toString(value);
    }

    static String get(Map<String, String> fields, String field) {
        return fields.getOrDefault(field, "");
    }

    /** The values by field name, in the order of {@code names} (one value per name). */
    static Map<String, String> fieldsOf(List<String> names, String... values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " fields, " + values.length + " values");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            fields.put(names.get(i), values[i]);
        }
        return fields;
    }
}
