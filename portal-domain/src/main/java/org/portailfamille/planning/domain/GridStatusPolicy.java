package org.portailfamille.planning.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The planning grid's rule (ADR 0014): the one status a day of an activity shows a child's family, and what the
 * family may do on it now, decided from the {@link DayFacts} alone. For the status, the first that applies wins:
 * <ol>
 *     <li>a register line: a presence on a public holiday, a closed day or a day the activity does not run is
 *     {@link DayStatus#ERROR}; present on a booking is {@link DayStatus#PRESENT_ON_BOOKING}; present without
 *     booking is {@link DayStatus#OUT_OF_CONTRACT} with a regular schedule, {@link DayStatus#PRESENT} without; absent
 *     is as the ruled absence (rule 2), else as the register's outcome (billed or excused);</li>
 *     <li>a declared absence: pending, billed, or excused ({@link DayStatus#LEAVE} when not medical and declared by
 *     the cancellation deadline, else {@link DayStatus#ABSENT_EXCUSED});</li>
 *     <li>an active booking on a public holiday or a closed day: {@link DayStatus#ERROR} (one kept outside the
 *     activity's season shows as booked: staff changing a season cancel the later days, ADR 0030);</li>
 *     <li>{@link DayStatus#PUBLIC_HOLIDAY}, then {@link DayStatus#CLOSED};</li>
 *     <li>an active booking: {@link DayStatus#BOOKING_PENDING} awaiting validation, {@link DayStatus#REGULAR} for a
 *     regular day, {@link DayStatus#BOOKED} otherwise;</li>
 *     <li>{@link DayStatus#WAITING}: on the waiting list, or a place offered;</li>
 *     <li>{@link DayStatus#BOOKING_REFUSED}: the latest booking was refused;</li>
 *     <li>{@link DayStatus#NOT_OFFERED}: a weekday of the activity outside its season (ADR 0030);</li>
 *     <li>{@link DayStatus#SHORT_HOLIDAY} / {@link DayStatus#SUMMER_HOLIDAY};</li>
 *     <li>else {@link DayStatus#EMPTY} on a day the activity runs, {@link DayStatus#NOT_RUNNING} otherwise.</li>
 * </ol>
 * The policy holds no state; time comes in as arguments.
 */
public final class GridStatusPolicy {

    /** How long after a booked day an absence may still be declared from the grid (a certificate often comes later). */
    public static final int ABSENCE_DAYS_AFTER = 7;

    private GridStatusPolicy() {
    }

    /** The status and the possible actions of the day at {@code now} (in the municipality's time zone). */
    public static GridDay decide(DayFacts facts, ZonedDateTime now) {
        return optionsOf(facts, statusOf(facts, now.getZone()), now.toLocalDateTime());
    }

    /**
     * The one status of the day; {@code zone} (the municipality's) tells on which local date and time an absence
     * was declared.
     */
    public static DayStatus statusOf(DayFacts facts, ZoneId zone) {
        Attendance attendance = facts.attendance();
        Absence absence = facts.absence();
        if (attendance != null) {
            // a season only says what may be booked: what was recorded outside it stands (ADR 0030)
            boolean closed = facts.closedOrHoliday() || !facts.runs();
            if (attendance.mark() == AttendanceMark.PRESENT && closed) {
                return DayStatus.ERROR;
            }
            AttendanceOutcome outcome = attendance.outcome();
            if (outcome == AttendanceOutcome.PRESENT_ON_BOOKING) {
                return DayStatus.PRESENT_ON_BOOKING;
            }
            if (outcome == AttendanceOutcome.PRESENT_WITHOUT_BOOKING) {
                Enrolment enrolment = facts.enrolment();
                return enrolment != null && !enrolment.regularDays().isEmpty() ? DayStatus.OUT_OF_CONTRACT
                        : DayStatus.PRESENT;
            }
            if (absence != null && absence.status() != AbsenceStatus.PENDING) {
                return absenceStatus(facts, absence, zone);
            }
            return outcome == AttendanceOutcome.ABSENT_EXCUSED ? DayStatus.ABSENT_EXCUSED : DayStatus.ABSENT_BILLED;
        }
        if (absence != null) {
            return absenceStatus(facts, absence, zone);
        }
        if (facts.active() != null && facts.closedOrHoliday()) {
            return DayStatus.ERROR;
        }
        if (facts.calendar().isPublicHoliday(facts.day())) {
            return DayStatus.PUBLIC_HOLIDAY;
        }
        if (facts.calendar().isClosed(facts.day())) {
            return DayStatus.CLOSED;
        }
        Reservation active = facts.active();
        if (active != null) {
            if (active.status() == ReservationStatus.AWAITING_VALIDATION) {
                return DayStatus.BOOKING_PENDING;
            }
            return active.isRegular() ? DayStatus.REGULAR : DayStatus.BOOKED;
        }
        if (facts.offer() != null || facts.waiting()) {
            return DayStatus.WAITING;
        }
        Reservation latest = facts.latest();
        if (latest != null && latest.status() == ReservationStatus.REFUSED) {
            return DayStatus.BOOKING_REFUSED;
        }
        if (facts.runs() && !facts.inSeason()) {
            return DayStatus.NOT_OFFERED;
        }
        if (facts.holiday() != null) {
            return facts.holiday() == SchoolHoliday.Kind.SUMMER ? DayStatus.SUMMER_HOLIDAY : DayStatus.SHORT_HOLIDAY;
        }
        return facts.runs() ? DayStatus.EMPTY : DayStatus.NOT_RUNNING;
    }

    /**
     * A declared absence: pending, billed, excused for a medical reason, or excused as a leave ("Congé") when
     * declared by the cancellation deadline (the booking deadline when the activity allows no cancellation).
     */
    private static DayStatus absenceStatus(DayFacts facts, Absence absence, ZoneId zone) {
        if (absence.status() == AbsenceStatus.PENDING) {
            return DayStatus.ABSENCE_PENDING;
        }
        if (absence.status() == AbsenceStatus.BILLED) {
            return DayStatus.ABSENT_BILLED;
        }
        if (absence.reason().isMedical()) {
            return DayStatus.ABSENT_EXCUSED;
        }
        DeadlinePolicy deadlines = facts.activity().deadlines();
        LocalDateTime declared = LocalDateTime.ofInstant(absence.declaredAt(), zone);
        LocalDateTime inTimeUntil = deadlines.cancellationDeadlineFor(facts.day(), facts.calendar())
                .orElseGet(() -> deadlines.bookingDeadlineFor(facts.day(), facts.calendar()));
        return declared.isAfter(inTimeUntil) ? DayStatus.ABSENT_EXCUSED : DayStatus.LEAVE;
    }

    /** What the family may do on the day at {@code now}, or why it may do nothing. */
    private static GridDay optionsOf(DayFacts facts, DayStatus status, LocalDateTime now) {
        List<DayAction> actions = new ArrayList<>();
        LocalDateTime until = null;
        DayUnavailability why = null;
        Activity activity = facts.activity();
        LocalDate day = facts.day();
        Reservation active = facts.active();
        if (facts.enrolment() == null) {
            why = DayUnavailability.NOT_ENROLLED;
        } else if (!facts.runs()) {
            why = DayUnavailability.NOT_RUNNING;
        } else if (!facts.inSeason()) {
            why = activity.season().whyNotOffered();
        } else if (facts.closedOrHoliday()) {
            why = DayUnavailability.CLOSED;
        } else if (facts.attendance() != null) {
            why = DayUnavailability.RECORDED;
        } else if (active != null) {
            Optional<LocalDateTime> cancelUntil = activity.deadlines().cancellationDeadlineFor(day,
                    facts.calendar());
            if (cancelUntil.isEmpty()) {
                why = DayUnavailability.CANCELLATION_NOT_ALLOWED;
            } else if (facts.absence() == null && !now.isAfter(cancelUntil.get())) {
                actions.add(DayAction.CANCEL);
                until = cancelUntil.get();
            } else {
                why = DayUnavailability.DEADLINE_PASSED;
            }
            if (facts.absence() == null && active.status() == ReservationStatus.CONFIRMED
                    && !now.toLocalDate().isAfter(day.plusDays(ABSENCE_DAYS_AFTER))) {
                actions.add(DayAction.DECLARE_ABSENCE);
            }
        } else if (facts.absence() == null) {
            LocalDateTime bookUntil = activity.deadlines().bookingDeadlineFor(day, facts.calendar());
            BookingPeriod period = facts.period();
            if (period != null && period.isNotOpenYet(now)) {
                why = DayUnavailability.NOT_OPEN_YET;
            } else if (period != null && period.isClosedAt(now)) {
                why = DayUnavailability.BOOKING_CLOSED;
            } else if (now.isAfter(bookUntil)) {
                why = DayUnavailability.DEADLINE_PASSED;
            } else if (facts.offer() != null) {
                actions.add(DayAction.ACCEPT_OFFER);
                until = bookUntil;
            } else if (facts.waiting()) {
                why = DayUnavailability.FULL;
                until = bookUntil;
            } else if (facts.full()) {
                actions.add(DayAction.JOIN_WAITING_LIST);
                why = DayUnavailability.FULL;
                until = bookUntil;
            } else {
                actions.add(DayAction.BOOK);
                until = bookUntil;
            }
            if (facts.waiting()) {
                // a child on the waiting list may always be taken off it, even once the deadline has passed
                actions.add(DayAction.LEAVE_WAITING_LIST);
            }
        }
        return new GridDay(status, actions, until, why);
    }
}
