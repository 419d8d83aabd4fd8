package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.FacilityId;
import org.portailfamille.planning.adapter.out.persistence.jooq.tables.records.ActivityRecord;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.ActivitySeason;
import org.portailfamille.shared.DateRange;
import org.portailfamille.planning.domain.BookingDeadline;
import org.portailfamille.planning.domain.BookingMode;
import org.portailfamille.planning.domain.CancellationRule;
import org.portailfamille.planning.domain.Capacity;
import org.portailfamille.planning.domain.DayCounting;
import org.portailfamille.planning.domain.DeadlinePolicy;
import org.springframework.stereotype.Repository;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ACTIVITY;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ACTIVITY_DAY;
import static org.portailfamille.planning.adapter.out.persistence.jooq.Tables.ACTIVITY_SESSION;

/**
 * Activities, their deadline rules stored as parameters (kind, count, day, cut-off, day counting). A cut-off is stored
 * as the second of the day, "avant minuit" ({@link LocalTime#MAX}) as 86400; cut-offs are whole seconds.
 */
@Repository
class JooqActivities implements Activities {

    private static final int END_OF_DAY = 86_400;

    private final DSLContext dsl;

    JooqActivities(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Activity activity) {
        filled(dsl.newRecord(ACTIVITY), activity).insert();
        storeSessions(activity);
    }

    /** The dated sessions of the activity's season (ADR 0030), replacing those stored. */
    private void storeSessions(Activity activity) {
        dsl.deleteFrom(ACTIVITY_SESSION).where(ACTIVITY_SESSION.ACTIVITY_ID.eq(activity.id().value())).execute();
        for (DateRange session : activity.season().sessions()) {
            dsl.insertInto(ACTIVITY_SESSION)
                    .set(ACTIVITY_SESSION.ACTIVITY_ID, activity.id().value())
                    .set(ACTIVITY_SESSION.FIRST_DAY, session.start())
                    .set(ACTIVITY_SESSION.LAST_DAY, session.end())
                    .execute();
        }
    }

    private Activity withSessions(ActivityRecord row) {
        return withSessions(List.of(row)).get(0);
    }

    /** Many activities: the dated sessions of all of them in one read (lists never query per activity). */
    private List<Activity> withSessions(List<ActivityRecord> rows) {
        List<java.util.UUID> dated = rows.stream().filter(row -> "DATED_SESSIONS".equals(row.getSeason()))
                .map(ActivityRecord::getId).toList();
        java.util.Map<java.util.UUID, List<DateRange>> sessions = new java.util.HashMap<>();
        if (!dated.isEmpty()) {
            dsl.selectFrom(ACTIVITY_SESSION).where(ACTIVITY_SESSION.ACTIVITY_ID.in(dated))
                    .orderBy(ACTIVITY_SESSION.ACTIVITY_ID, ACTIVITY_SESSION.FIRST_DAY)
                    .forEach(session -> sessions.computeIfAbsent(session.getActivityId(), id -> new java.util.ArrayList<>())
                            .add(new DateRange(session.getFirstDay(), session.getLastDay())));
        }
        return rows.stream().map(row -> "DATED_SESSIONS".equals(row.getSeason())
                ? withSessions(row, sessions.getOrDefault(row.getId(), List.of())) : toActivity(row)).toList();
    }

    private static Activity withSessions(ActivityRecord row, List<DateRange> sessions) {
        Activity activity = toActivity(row);
        return new Activity(activity.id(), activity.facility(), activity.regieId(), activity.name(),
                activity.weekdays(), activity.capacity(), activity.mode(), activity.deadlines(),
                ActivitySeason.sessions(sessions));
    }

    @Override
    public void update(Activity activity) {
        ActivityRecord row = dsl.selectFrom(ACTIVITY).where(ACTIVITY.ID.eq(activity.id().value())).forUpdate()
                .fetchOptional().orElseThrow(() -> new IllegalArgumentException("Unknown activity " + activity.id()));
        filled(row, activity);
        row.changed(ACTIVITY.ID, false);
        row.update();
        storeSessions(activity);
        // days already counted follow the new capacity, never below the places already taken
        dsl.update(ACTIVITY_DAY)
                .set(ACTIVITY_DAY.PLACES, DSL.greatest(ACTIVITY_DAY.TAKEN, DSL.val(activity.capacity().places()),
                        DSL.val(1)))
                .where(ACTIVITY_DAY.ACTIVITY_ID.eq(activity.id().value()))
                .execute();
    }

    @Override
    public List<Activity> ofFacility(FacilityId facility) {
        return withSessions(dsl.selectFrom(ACTIVITY).where(ACTIVITY.FACILITY_ID.eq(facility.value()))
                .orderBy(ACTIVITY.NAME).fetch());
    }

    private static ActivityRecord filled(ActivityRecord row, Activity activity) {
        row.setId(activity.id().value())
                .setFacilityId(activity.facility().value())
                .setRegieId(activity.regieId())
                .setName(activity.name())
                .setWeekdays(Weekdays.mask(activity.weekdays()))
                .setPlaces(activity.capacity().places())
                .setAlertThreshold(activity.capacity().alertThreshold())
                .setBookingMode(activity.mode().name())
                .setSeason(activity.season().kind().name());
        DeadlinePolicy deadlines = activity.deadlines();
        Rule booking = Rule.of(deadlines.booking());
        row.setBookingRule(booking.kind).setBookingCount(booking.count).setBookingDay(booking.day)
                .setBookingCutOff(booking.storedCutOff()).setBookingSkippedWeekdays(booking.skipped)
                .setBookingSkipPublicHolidays(booking.skipPublicHolidays).setBookingSkipClosures(booking.skipClosures);
        CancellationRule cancellation = deadlines.cancellation();
        if (cancellation instanceof CancellationRule.OwnDeadline own) {
            Rule cancel = Rule.of(own.deadline());
            row.setCancellation("OWN_DEADLINE").setCancelRule(cancel.kind).setCancelCount(cancel.count)
                    .setCancelDay(cancel.day).setCancelCutOff(cancel.storedCutOff())
                    .setCancelSkippedWeekdays(cancel.skipped)
                    .setCancelSkipPublicHolidays(cancel.skipPublicHolidays).setCancelSkipClosures(cancel.skipClosures);
        } else if (cancellation instanceof CancellationRule.NotAllowed) {
            row.setCancellation("NOT_ALLOWED");
        } else {
            row.setCancellation("SAME_AS_BOOKING");
        }
        if (!(cancellation instanceof CancellationRule.OwnDeadline)) {
            row.setCancelRule(null).setCancelCount(null).setCancelDay(null).setCancelCutOff(null)
                    .setCancelSkippedWeekdays(null).setCancelSkipPublicHolidays(null).setCancelSkipClosures(null);
        }
        return row;
    }

    @Override
    public Optional<Activity> byId(ActivityId id) {
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.ID.eq(id.value())).fetchOptional(this::withSessions);
    }

    @Override
    public List<Activity> all() {
        return withSessions(dsl.selectFrom(ACTIVITY).orderBy(ACTIVITY.NAME, ACTIVITY.ID).fetch());
    }

    private static Activity toActivity(ActivityRecord row) {
        BookingDeadline booking = new Rule(row.getBookingRule(), row.getBookingCount(), row.getBookingDay(),
                Rule.cutOffOf(row.getBookingCutOff()), row.getBookingSkippedWeekdays(),
                row.getBookingSkipPublicHolidays(), row.getBookingSkipClosures()).toDeadline();
        CancellationRule cancellation;
        switch (row.getCancellation()) {
            case "OWN_DEADLINE":
                cancellation = CancellationRule.until(new Rule(row.getCancelRule(), row.getCancelCount(),
                        row.getCancelDay(), Rule.cutOffOf(row.getCancelCutOff()), row.getCancelSkippedWeekdays(),
                        row.getCancelSkipPublicHolidays(), row.getCancelSkipClosures()).toDeadline());
                break;
            case "NOT_ALLOWED":
                cancellation = CancellationRule.notAllowed();
                break;
            default:
                cancellation = CancellationRule.sameAsBooking();
        }
        return new Activity(new ActivityId(row.getId()), new FacilityId(row.getFacilityId()), row.getRegieId(),
                row.getName(), Weekdays.of(row.getWeekdays()),
                new Capacity(row.getPlaces(), row.getAlertThreshold()), BookingMode.valueOf(row.getBookingMode()),
                new DeadlinePolicy(booking, cancellation), switch (row.getSeason()) {
                    case "TERM_TIME" -> ActivitySeason.TERM_TIME;
                    case "SCHOOL_HOLIDAYS" -> ActivitySeason.SCHOOL_HOLIDAYS;
                    // the sessions are read by withSessions; a placeholder until then
                    case "DATED_SESSIONS" -> ActivitySeason.ALL_YEAR;
                    default -> ActivitySeason.ALL_YEAR;
                });
    }

    /** A deadline rule as the columns store it. */
    private static final class Rule {
        final String kind;
        final short count;
        final short day;
        final LocalTime cutOff;
        final short skipped;
        final boolean skipPublicHolidays;
        final boolean skipClosures;

        Rule(String kind, short count, short day, LocalTime cutOff, short skipped, boolean skipPublicHolidays,
             boolean skipClosures) {
            this.kind = kind;
            this.count = count;
            this.day = day;
            this.cutOff = cutOff;
            this.skipped = skipped;
            this.skipPublicHolidays = skipPublicHolidays;
            this.skipClosures = skipClosures;
        }

        /** The cut-off as stored: its second of the day, 86400 for "avant minuit". */
        int storedCutOff() {
            if (cutOff.equals(LocalTime.MAX)) {
                return END_OF_DAY;
            }
            if (cutOff.getNano() != 0) {
                throw new IllegalArgumentException("A cut-off is a whole second or the end of the day: " + cutOff);
            }
            return cutOff.toSecondOfDay();
        }

        static LocalTime cutOffOf(int stored) {
            return stored == END_OF_DAY ? LocalTime.MAX : LocalTime.ofSecondOfDay(stored);
        }

        static Rule of(BookingDeadline deadline) {
            if (deadline instanceof BookingDeadline.DaysBefore daysBefore) {
                DayCounting counting = daysBefore.counting();
                return new Rule("DAYS_BEFORE", (short) daysBefore.days(), (short) 0, daysBefore.cutOff(),
                        Weekdays.mask(counting.skippedWeekdays()), counting.skipPublicHolidays(),
                        counting.skipClosures());
            }
            if (deadline instanceof BookingDeadline.WeekdayOfEarlierWeek weekly) {
                return new Rule("WEEKDAY_OF_EARLIER_WEEK", (short) weekly.weeksBefore(),
                        (short) weekly.weekday().getValue(), weekly.cutOff(), (short) 0, false, false);
            }
            BookingDeadline.DayOfEarlierMonth monthly = (BookingDeadline.DayOfEarlierMonth) deadline;
            return new Rule("DAY_OF_EARLIER_MONTH", (short) monthly.monthsBefore(), (short) monthly.dayOfMonth(),
                    monthly.cutOff(), (short) 0, false, false);
        }

        BookingDeadline toDeadline() {
            switch (kind) {
                case "DAYS_BEFORE":
                    return new BookingDeadline.DaysBefore(count, cutOff,
                            new DayCounting(Weekdays.of(skipped), skipPublicHolidays, skipClosures));
                case "WEEKDAY_OF_EARLIER_WEEK":
                    return new BookingDeadline.WeekdayOfEarlierWeek(count, DayOfWeek.of(day), cutOff);
                case "DAY_OF_EARLIER_MONTH":
                    return new BookingDeadline.DayOfEarlierMonth(count, day, cutOff);
                default:
                    throw new IllegalStateException("Unknown deadline rule " + kind);
            }
        }
    }
}
