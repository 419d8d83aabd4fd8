package org.portailfamille.planning.adapter.in.web;

/** Days to close as typed; an empty activity closes the whole facility. */
public class ClosureForm {

    private String activityId = "";
    private String firstDay = "";
    private String lastDay = "";
    private String reason = "";
    private String details = "";

    public String getActivityId() {
        return activityId;
    }

    public void setActivityId(String activityId) {
        this.activityId = activityId == null ? "" : activityId;
    }

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
}
