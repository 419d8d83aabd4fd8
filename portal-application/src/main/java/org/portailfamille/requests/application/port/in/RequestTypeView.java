package org.portailfamille.requests.application.port.in;

/** A request type as filters list it: its code, the area it is shown in and its label key. */
public record RequestTypeView(String type, String area, String labelKey) {
}
