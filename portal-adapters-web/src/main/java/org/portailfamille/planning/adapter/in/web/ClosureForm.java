package org.portailfamille.planning.adapter.in.web;

import java.time.LocalDate;
import java.util.Optional;

/** Days to close as typed; an empty activity closes the whole facility. */
public class ClosureForm extends ActivityDateRangeForm {

    private String reason = "";
    private String details = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? "" : reason;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details == null ? "" : details;
    }

    /** An empty last day closes the first day only. */
    @Override
    Optional<LocalDate> lastDay(Optional<LocalDate> first) {
        return getLastDay().isBlank() ? first : super.lastDay(first);
    }
}
