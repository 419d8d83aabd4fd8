package org.portailfamille.requests.domain;

import java.util.Objects;

/**
 * One field of a request, for display: a label key (a message-bundle key such as "field.address"), the value
 * before and the value asked for. Values that are codes (e.g. "maritalStatus.SEPARATED") are marked so
 * that pages translate them.
 */
public record FieldChange(String labelKey, String oldValue, String newValue, boolean coded) {
    public FieldChange {
        Objects.requireNonNull(labelKey, "labelKey");
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
    }

    public boolean changed() {
        return !oldValue.equals(newValue);
    }
}
