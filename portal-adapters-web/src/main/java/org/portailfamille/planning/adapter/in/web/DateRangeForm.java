package org.portailfamille.planning.adapter.in.web;

import org.springframework.validation.Errors;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** The first and last day of a range as typed (a missing value reads as empty). */
public abstract class DateRangeForm {

    private String firstDay = "";
    private String lastDay = "";

    public String getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(String firstDay) {
        this.firstDay = firstDay == null ? "" : firstDay;
    }

    public String getLastDay() {
        return lastDay;
    }

    public void setLastDay(String lastDay) {
        this.lastDay = lastDay == null ? "" : lastDay;
    }

    /** The days as read; both present once {@link #checkDays} found no problem. */
    record Days(Optional<LocalDate> first, Optional<LocalDate> last) {
    }

    /** The last day as read from the form, given the first (a form may let it default to the first). */
    Optional<LocalDate> lastDay(Optional<LocalDate> first) {
        return Inputs.date(lastDay);
    }

    /** Reads both days, rejecting on {@code errors} a day that is not a date or a last day before the first. */
    Days checkDays(Errors errors) {
        return checkDays(errors, null, "");
    }

    /**
     * Reads both days as {@link #checkDays(Errors)} does; with a {@code longest} range, a last day further than that
     * from the first is rejected with {@code tooLongCode}.
     */
    Days checkDays(Errors errors, Period longest, String tooLongCode) {
        Optional<LocalDate> first = Inputs.date(firstDay);
        Optional<LocalDate> last = lastDay(first);
        if (first.isEmpty()) {
            errors.rejectValue("firstDay", "planning.error.date");
        }
        if (last.isEmpty()) {
            errors.rejectValue("lastDay", "planning.error.date");
        } else if (first.isPresent() && last.get().isBefore(first.get())) {
            errors.rejectValue("lastDay", "planning.error.lastBeforeFirst");
        } else if (longest != null && first.isPresent() && first.get().plus(longest).isBefore(last.get())) {
            errors.rejectValue("lastDay", tooLongCode);
        }
        return new Days(first, last);
    }
}
