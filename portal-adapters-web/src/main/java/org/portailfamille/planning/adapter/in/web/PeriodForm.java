package org.portailfamille.planning.adapter.in.web;

/** A booking period as typed. */
public class PeriodForm extends DateRangeForm {

    private String opensOn = "";
    private String opensAt = "";
    private String closesOn = "";
    private String closesAt = "";

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn == null ? "" : opensOn;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt == null ? "" : opensAt;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn == null ? "" : closesOn;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt == null ? "" : closesAt;
    }
}
