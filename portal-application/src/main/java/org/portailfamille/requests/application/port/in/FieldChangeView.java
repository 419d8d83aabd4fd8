package org.portailfamille.requests.application.port.in;

/** A field of a request: label key, old value, new value; {@code coded} values are message keys too. */
public record FieldChangeView(String labelKey, String oldValue, String newValue, boolean coded) {
}
