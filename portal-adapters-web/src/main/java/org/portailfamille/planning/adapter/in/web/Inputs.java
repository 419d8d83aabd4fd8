package org.portailfamille.planning.adapter.in.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** Parsing of typed values; anything malformed is empty, never an exception. */
final class Inputs {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The earliest and latest dates the back office accepts (typing mistakes such as 0202 or 20266). */
    static final LocalDate MIN_DATE = LocalDate.of(2000, 1, 1);
    static final LocalDate MAX_DATE = LocalDate.of(2099, 12, 31);

    private Inputs() {
    }

    /** A date typed as 2026-06-02 (date field) or 02/06/2026, between 2000 and 2099. */
    static Optional<LocalDate> date(String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() > 10) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE) ? Optional.empty() : Optional.of(date);
    }

    /** A time typed as 18:00 or 8h30; 24:00 is "avant minuit", the end of the day. */
    static Optional<LocalTime> time(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace('h', ':');
        if (value.endsWith(":")) {
            value = value + "00";
        }
        if (value.equals("24:00")) {
            return Optional.of(LocalTime.MAX);
        }
        if (!value.matches("([01]?\\d|2[0-3]):[0-5]\\d")) {
            return Optional.empty();
        }
        String[] parts = value.split(":");
        return Optional.of(LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
    }

    /** A whole number from {@code min} to {@code max}. */
    static OptionalInt number(String text, int min, int max) {
        String value = text == null ? "" : text.strip();
        if (!value.matches("\\d{1,6}")) {
            return OptionalInt.empty();
        }
        int number = Integer.parseInt(value);
        return number < min || number > max ? OptionalInt.empty() : OptionalInt.of(number);
    }

    static Optional<UUID> uuid(String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A name of 1 to {@code max} characters without control characters. */
    static Optional<String> name(String text, int max) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > max || value.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A free text of up to {@code max} characters; line breaks allowed, no other control characters. */
    static Optional<String> text(String text, int max) {
        String value = text == null ? "" : text.strip();
        if (value.length() > max || value.codePoints()
                .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
