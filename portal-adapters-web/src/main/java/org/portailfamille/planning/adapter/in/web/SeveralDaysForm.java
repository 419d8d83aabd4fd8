package org.portailfamille.planning.adapter.in.web;

import java.util.ArrayList;
import java.util.List;

/**
 * "Réserver plusieurs jours": an activity, a period (a week from a day, the rest of the month from a day, or
 * between two dates) and the weekdays to book in it. Values stay as typed so that the form shows them again.
 */
public class SeveralDaysForm {

    static final String WEEK = "semaine";
    static final String REST_OF_MONTH = "mois";
    static final String BETWEEN_DATES = "dates";

    private String activite = "";
    private String periode = REST_OF_MONTH;
    private String du = "";
    private String au = "";
    private List<String> jours = new ArrayList<>();

    public String getActivite() {
        return activite;
    }

    public void setActivite(String activite) {
        this.activite = activite == null ? "" : activite;
    }

    public String getPeriode() {
        return periode;
    }

    public void setPeriode(String periode) {
        this.periode = periode == null ? "" : periode;
    }

    public String getDu() {
        return du;
    }

    public void setDu(String du) {
        this.du = du == null ? "" : du;
    }

    public String getAu() {
        return au;
    }

    public void setAu(String au) {
        this.au = au == null ? "" : au;
    }

    public List<String> getJours() {
        return jours;
    }

    public void setJours(List<String> jours) {
        this.jours = jours == null ? new ArrayList<>() : new ArrayList<>(jours);
    }
}
