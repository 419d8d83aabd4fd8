package org.portailfamille.planning.adapter.in.web;

/** School holidays as typed (in the municipality's zone). */
public class HolidayForm {

    private String name = "";
    private String lastSchoolDay = "";
    private String returnDay = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getLastSchoolDay() {
        return lastSchoolDay;
    }

    public void setLastSchoolDay(String lastSchoolDay) {
        this.lastSchoolDay = lastSchoolDay == null ? "" : lastSchoolDay;
    }

    public String getReturnDay() {
        return returnDay;
    }

    public void setReturnDay(String returnDay) {
        this.returnDay = returnDay == null ? "" : returnDay;
    }
}
