package org.portailfamille.planning.adapter.in.web;

import java.util.ArrayList;
import java.util.List;

/** An enrolment as typed. */
public class EnrolForm {

    private String activityId = "";
    private String firstDay = "";
    private String lastDay = "";
    private List<String> regularDays = new ArrayList<>();

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

    public List<String> getRegularDays() {
        return regularDays;
    }

    public void setRegularDays(List<String> regularDays) {
        this.regularDays = regularDays == null ? new ArrayList<>() : new ArrayList<>(regularDays);
    }
}
