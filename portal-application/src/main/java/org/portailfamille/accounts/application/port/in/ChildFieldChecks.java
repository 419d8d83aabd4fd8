package org.portailfamille.accounts.application.port.in;

import org.portailfamille.accounts.domain.Sex;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;

/** The checks the forms about a child share: identity fields, birth dates, texts that may span lines. */
final class ChildFieldChecks {

    static final int MAX_AGE_YEARS = 18;
    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private ChildFieldChecks() {
    }

    /** A date typed as 2019-03-15 (a date field) or 15/03/2019. */
    static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(LocalDate.parse(text, FRENCH_DATE));
            } catch (DateTimeParseException notFrench) {
                return Optional.empty();
            }
        }
    }

    /** A typed date in the stored format (2019-03-15) when it reads as a date, as typed otherwise. */
    static String isoDate(String text) {
        String clean = FieldChecks.clean(text);
        return parseDate(clean).map(LocalDate::toString).orElse(clean);
    }

    static boolean isChildBirthDate(LocalDate date, LocalDate today) {
        return !date.isAfter(today) && date.isAfter(today.minusYears(MAX_AGE_YEARS)) && date.getYear() >= 1900;
    }

    /** A text field of a child's form: a control character (a line break only where allowed), too long. */
    static void text(Map<String, String> problems, String field, String value, int max, boolean multiline) {
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r')))) {
            problems.put(field, "characters");
        } else if (!value.isEmpty() && value.length() > max) {
            problems.put(field, "tooLong");
        }
    }

    /** The identity fields of "Informations enfant" and "Ajouter un enfant", in the order of the form. */
    static void identity(Map<String, String> problems, String lastName, String firstName, String birthDate,
                         String sex, String school, String schoolClass, LocalDate today) {
        FieldChecks.personName(problems, "lastName", lastName, true, 100);
        FieldChecks.personName(problems, "firstName", firstName, true, 100);
        FieldChecks.check(problems, "birthDate", birthDate, true, 0,
                value -> parseDate(value).filter(date -> isChildBirthDate(date, today)).isPresent(),
                "childBirthDate");
        FieldChecks.check(problems, "sex", sex, true, 0, value -> FieldChecks.isOneOf(value, Sex.values()), "choice");
        FieldChecks.text(problems, "school", school, false, 100);
        FieldChecks.text(problems, "schoolClass", schoolClass, false, 50);
    }
}
