package org.portailfamille.planning.adapter.in.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.application.port.in.RegieSummary;
import org.portailfamille.planning.application.port.in.ActivityView;
import org.portailfamille.planning.application.port.in.DeadlineRule;
import org.portailfamille.planning.application.port.in.SetUpActivityCommand;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/** Checks an {@link ActivityForm} and turns it into a command; fills a form from an activity. */
final class ActivityForms {

    static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY");
    static final List<String> SEASONS = List.of(SetUpActivityCommand.ALL_YEAR, SetUpActivityCommand.TERM_TIME,
            SetUpActivityCommand.SCHOOL_HOLIDAYS, SetUpActivityCommand.DATED_SESSIONS);
    private static final java.time.format.DateTimeFormatter SHORT =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu");
    static final List<String> MODES = List.of("CONFIRMED_AT_ONCE", "VALIDATED_BY_STAFF");
    static final List<String> KINDS = List.of(DeadlineRule.DAYS_BEFORE, DeadlineRule.WEEKDAY_OF_EARLIER_WEEK,
            DeadlineRule.DAY_OF_EARLIER_MONTH);
    static final List<String> CANCELLATIONS = List.of(SetUpActivityCommand.SAME_AS_BOOKING,
            SetUpActivityCommand.NOT_ALLOWED, SetUpActivityCommand.OWN_DEADLINE);

    private ActivityForms() {
    }

    /** The outcome of checking: the problems (field → message code), or the command when there are none. */
    record Checked(Map<String, String> problems, @Nullable SetUpActivityCommand command) {
    }

    static ActivityForm blank() {
        ActivityForm form = new ActivityForm();
        form.setWeekdays(List.of("MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"));
        form.setPlaces("30");
        form.setAlertThreshold("5");
        form.setBookingMode("CONFIRMED_AT_ONCE");
        form.setBookingKind(DeadlineRule.DAYS_BEFORE);
        form.setBookingDays("1");
        form.setBookingTime("18:00");
        form.setCancellation(SetUpActivityCommand.SAME_AS_BOOKING);
        form.setCancelKind(DeadlineRule.DAYS_BEFORE);
        form.setCancelDays("1");
        form.setCancelTime("18:00");
        for (String prefix : List.of("booking", "cancel")) {
            setRule(form, prefix, "1", "1", "TUESDAY", "1", "20");
        }
        return form;
    }

    static ActivityForm of(ActivityView activity) {
        ActivityForm form = blank();
        form.setName(activity.name());
        form.setRegieId(activity.regieId().toString());
        form.setWeekdays(WEEKDAYS.stream().filter(day -> activity.weekdays().contains(DayOfWeek.valueOf(day))).toList());
        form.setPlaces(String.valueOf(activity.places()));
        form.setAlertThreshold(String.valueOf(activity.alertThreshold()));
        form.setBookingMode(activity.bookingMode());
        form.setSeason(activity.season());
        form.setSessions(String.join("\n", activity.sessions().stream()
                .map(session -> SHORT.format(session.start()) + " - " + SHORT.format(session.end())).toList()));
        fill(form, "booking", activity.bookingDeadline());
        form.setCancellation(activity.cancellation());
        if (activity.cancellationDeadline() != null) {
            fill(form, "cancel", activity.cancellationDeadline());
        }
        return form;
    }

    private static void fill(ActivityForm form, String prefix, DeadlineRule rule) {
        boolean booking = prefix.equals("booking");
        String time = rule.cutOff().equals(LocalTime.MAX) ? "24:00"
                : String.format("%02d:%02d", rule.cutOff().getHour(), rule.cutOff().getMinute());
        boolean weekends = rule.skippedWeekdays().contains(DayOfWeek.SATURDAY)
                && rule.skippedWeekdays().contains(DayOfWeek.SUNDAY);
        List<String> others = WEEKDAYS.stream().filter(day -> rule.skippedWeekdays().contains(DayOfWeek.valueOf(day)))
                .filter(day -> !weekends || !(day.equals("SATURDAY") || day.equals("SUNDAY"))).toList();
        String kind = rule.kind();
        if (booking) {
            form.setBookingKind(kind);
            form.setBookingTime(time);
            form.setBookingSkipWeekends(weekends ? "true" : "");
            form.setBookingSkipPublicHolidays(rule.skipPublicHolidays() ? "true" : "");
            form.setBookingSkipClosures(rule.skipClosures() ? "true" : "");
            form.setBookingSkippedDays(others);
        } else {
            form.setCancelKind(kind);
            form.setCancelTime(time);
            form.setCancelSkipWeekends(weekends ? "true" : "");
            form.setCancelSkipPublicHolidays(rule.skipPublicHolidays() ? "true" : "");
            form.setCancelSkipClosures(rule.skipClosures() ? "true" : "");
            form.setCancelSkippedDays(others);
        }
        String count = String.valueOf(rule.count());
        String day = String.valueOf(rule.day());
        switch (kind) {
            case DeadlineRule.DAYS_BEFORE -> setRule(form, prefix, count, null, null, null, null);
            case DeadlineRule.WEEKDAY_OF_EARLIER_WEEK ->
                    setRule(form, prefix, null, count, DayOfWeek.of(rule.day()).name(), null, null);
            default -> setRule(form, prefix, null, null, null, count, day);
        }
    }

    private static void setRule(ActivityForm form, String prefix, @Nullable String days, @Nullable String weeks,
                                @Nullable String weekday, @Nullable String months, @Nullable String monthDay) {
        if (prefix.equals("booking")) {
            if (days != null) form.setBookingDays(days);
            if (weeks != null) form.setBookingWeeks(weeks);
            if (weekday != null) form.setBookingWeekday(weekday);
            if (months != null) form.setBookingMonths(months);
            if (monthDay != null) form.setBookingMonthDay(monthDay);
        } else {
            if (days != null) form.setCancelDays(days);
            if (weeks != null) form.setCancelWeeks(weeks);
            if (weekday != null) form.setCancelWeekday(weekday);
            if (months != null) form.setCancelMonths(months);
            if (monthDay != null) form.setCancelMonthDay(monthDay);
        }
    }

    static Checked check(ActivityForm form, UUID facilityId, List<RegieSummary> regies) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<String> name = Inputs.name(form.getName(), 200);
        if (name.isEmpty()) {
            problems.put("name", "planning.error.name");
        }
        Optional<UUID> regie = Inputs.uuid(form.getRegieId())
                .filter(id -> regies.stream().anyMatch(candidate -> candidate.id().equals(id)));
        if (regie.isEmpty()) {
            problems.put("regieId", "planning.error.regie");
        }
        Set<DayOfWeek> weekdays = weekdays(form.getWeekdays());
        if (weekdays == null || weekdays.isEmpty()) {
            problems.put("weekdays", "planning.error.weekdays");
        }
        OptionalInt places = Inputs.number(form.getPlaces(), 1, 10_000);
        if (places.isEmpty()) {
            problems.put("places", "planning.error.places");
        }
        OptionalInt threshold = Inputs.number(form.getAlertThreshold(), 0, 10_000);
        if (threshold.isEmpty()) {
            problems.put("alertThreshold", "planning.error.alertThreshold");
        }
        if (!MODES.contains(form.getBookingMode())) {
            problems.put("bookingMode", "planning.error.bookingMode");
        }
        DeadlineRule booking = rule(problems, "booking", form.getBookingKind(), form.getBookingDays(),
                form.getBookingWeeks(), form.getBookingWeekday(), form.getBookingMonths(), form.getBookingMonthDay(),
                form.getBookingTime(), form.getBookingSkipWeekends(), form.getBookingSkipPublicHolidays(),
                form.getBookingSkipClosures(), form.getBookingSkippedDays());
        DeadlineRule cancel = null;
        if (!CANCELLATIONS.contains(form.getCancellation())) {
            problems.put("cancellation", "planning.error.cancellation");
        } else if (form.getCancellation().equals(SetUpActivityCommand.OWN_DEADLINE)) {
            cancel = rule(problems, "cancel", form.getCancelKind(), form.getCancelDays(), form.getCancelWeeks(),
                    form.getCancelWeekday(), form.getCancelMonths(), form.getCancelMonthDay(), form.getCancelTime(),
                    form.getCancelSkipWeekends(), form.getCancelSkipPublicHolidays(), form.getCancelSkipClosures(),
                    form.getCancelSkippedDays());
        }
        List<org.portailfamille.shared.DateRange> sessions = List.of();
        if (!SEASONS.contains(form.getSeason())) {
            problems.put("season", "planning.error.season");
        } else if (form.getSeason().equals(SetUpActivityCommand.DATED_SESSIONS)) {
            sessions = sessions(form.getSessions());
            if (sessions == null) {
                problems.put("sessions", "planning.error.sessions");
            }
        }
        if (!problems.isEmpty() || booking == null) {
            return new Checked(problems, null);
        }
        return new Checked(problems, new SetUpActivityCommand(facilityId, regie.orElseThrow(), name.orElseThrow(),
                weekdays, places.getAsInt(), threshold.getAsInt(), form.getBookingMode(), booking,
                form.getCancellation(), cancel, form.getSeason(), sessions));
    }

    /**
     * Dated sessions typed one a line, "06/07/2027 - 24/07/2027" (or a single day); null when a line is not one,
     * a session ends before it starts, or there are none or more than the domain allows.
     */
    static @Nullable List<org.portailfamille.shared.DateRange> sessions(String text) {
        List<org.portailfamille.shared.DateRange> sessions = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] ends = line.strip().split("\\s+(?:-|–|au)\\s+|–");
            if (ends.length < 1 || ends.length > 2) {
                return null;
            }
            Optional<java.time.LocalDate> first = Inputs.date(ends[0]);
            Optional<java.time.LocalDate> last = ends.length == 2 ? Inputs.date(ends[1]) : first;
            if (first.isEmpty() || last.isEmpty() || last.get().isBefore(first.get())
                    || first.get().plusDays(366).isBefore(last.get())) {
                return null;
            }
            sessions.add(new org.portailfamille.shared.DateRange(first.get(), last.get()));
        }
        if (sessions.isEmpty() || sessions.size() > org.portailfamille.planning.application.port.in.SetUpActivityCommand.MAX_SESSIONS) {
            return null;
        }
        return sessions;
    }

    private static @Nullable DeadlineRule rule(Map<String, String> problems, String prefix, String kind, String days,
                                               String weeks, String weekday, String months, String monthDay,
                                               String time, String skipWeekends, String skipHolidays,
                                               String skipClosures, List<String> skippedDays) {
        if (!KINDS.contains(kind)) {
            problems.put(prefix + "Kind", "planning.error.deadlineKind");
            return null;
        }
        Optional<LocalTime> cutOff = Inputs.time(time);
        if (cutOff.isEmpty()) {
            problems.put(prefix + "Time", "planning.error.time");
        }
        switch (kind) {
            case DeadlineRule.DAYS_BEFORE -> {
                OptionalInt count = Inputs.number(days, 0, 366);
                if (count.isEmpty()) {
                    problems.put(prefix + "Days", "planning.error.days");
                }
                Set<DayOfWeek> skipped = weekdays(skippedDays);
                if (skipped == null) {
                    problems.put(prefix + "SkippedDays", "planning.error.skippedDays");
                    return null;
                }
                if ("true".equals(skipWeekends)) {
                    skipped.add(DayOfWeek.SATURDAY);
                    skipped.add(DayOfWeek.SUNDAY);
                }
                if (skipped.size() == 7) {
                    problems.put(prefix + "SkippedDays", "planning.error.skippedDays");
                }
                if (count.isEmpty() || cutOff.isEmpty() || skipped.size() == 7) {
                    return null;
                }
                return new DeadlineRule(kind, count.getAsInt(), 0, cutOff.get(), skipped, "true".equals(skipHolidays),
                        "true".equals(skipClosures));
            }
            case DeadlineRule.WEEKDAY_OF_EARLIER_WEEK -> {
                OptionalInt count = Inputs.number(weeks, 1, 8);
                if (count.isEmpty()) {
                    problems.put(prefix + "Weeks", "planning.error.weeks");
                }
                if (!WEEKDAYS.contains(weekday)) {
                    problems.put(prefix + "Weekday", "planning.error.weekday");
                }
                if (count.isEmpty() || cutOff.isEmpty() || !WEEKDAYS.contains(weekday)) {
                    return null;
                }
                return new DeadlineRule(kind, count.getAsInt(), DayOfWeek.valueOf(weekday).getValue(), cutOff.get(),
                        Set.of(), false, false);
            }
            default -> {
                OptionalInt count = Inputs.number(months, 1, 12);
                if (count.isEmpty()) {
                    problems.put(prefix + "Months", "planning.error.months");
                }
                OptionalInt day = Inputs.number(monthDay, 1, 31);
                if (day.isEmpty()) {
                    problems.put(prefix + "MonthDay", "planning.error.monthDay");
                }
                if (count.isEmpty() || day.isEmpty() || cutOff.isEmpty()) {
                    return null;
                }
                return new DeadlineRule(kind, count.getAsInt(), day.getAsInt(), cutOff.get(), Set.of(), false, false);
            }
        }
    }

    /** The weekdays named, or null when one is not a weekday. */
    static @Nullable Set<DayOfWeek> weekdays(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            if (!WEEKDAYS.contains(name)) {
                return null;
            }
            days.add(DayOfWeek.valueOf(name));
        }
        return days;
    }

    static List<String> names(Set<DayOfWeek> days) {
        List<String> names = new ArrayList<>();
        for (String day : WEEKDAYS) {
            if (days.contains(DayOfWeek.valueOf(day))) {
                names.add(day);
            }
        }
        return names;
    }
}
