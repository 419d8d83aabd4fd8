package org.portailfamille.planning.adapter.in.web;

/** A range of days of one activity as typed (a missing value reads as empty). */
public abstract class ActivityDateRangeForm extends DateRangeForm {

    private String activityId = "";

    public String getActivityId() {
        return activityId;
    }

    public void setActivityId(String activityId) {
        this.activityId = activityId == null ? "" : activityId;
    }
}
