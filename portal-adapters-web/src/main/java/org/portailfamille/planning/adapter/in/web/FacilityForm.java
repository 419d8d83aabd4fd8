package org.portailfamille.planning.adapter.in.web;

/** The name of a facility, as typed. */
public class FacilityForm {

    private String name = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }
}
