package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A family books, for one of its children and one activity, every day from {@code from} to {@code to} (both
 * included) falling on one of {@code weekdays} and on which the activity runs: a week, the rest of a month, or a
 * weekly pattern.
 */
public record BookSeveralDaysCommand(FamilyId familyId, ChildId childId, UUID activityId, LocalDate from,
                                     LocalDate to, Set<DayOfWeek> weekdays) {

    /** The longest period booked at once (a school term). */
    public static final int MAX_DAYS = 120;

    public BookSeveralDaysCommand {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        weekdays = Set.copyOf(weekdays);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("A period of 1 to " + MAX_DAYS + " days: " + from + " – " + to);
        }
        if (weekdays.isEmpty()) {
            throw new IllegalArgumentException("At least one weekday");
        }
    }
}
