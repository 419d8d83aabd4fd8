package org.portailfamille.planning.adapter.in.web;

import java.util.ArrayList;
import java.util.List;

/** An enrolment as typed. */
public class EnrolForm extends ActivityDateRangeForm {

    private List<String> regularDays = new ArrayList<>();

    public List<String> getRegularDays() {
        return regularDays;
    }

    public void setRegularDays(List<String> regularDays) {
        this.regularDays = regularDays == null ? new ArrayList<>() : new ArrayList<>(regularDays);
    }
}
