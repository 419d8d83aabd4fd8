package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.UUID;

/** A family books {@code day} of an activity for one of its children; {@code submittedBy}, the parent's login, signs its request. */
public record BookDayCommand(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day, String submittedBy) {

    /** Who is named as the request's author when the caller does not say which login acted. */
    public static final String BY_FAMILY = "famille";

    public BookDayCommand {
        submittedBy = submittedBy == null || submittedBy.isBlank() ? BY_FAMILY : submittedBy;
    }

    /** Without the login that acted: the request names {@link #BY_FAMILY}. */
    public BookDayCommand(FamilyId familyId, ChildId childId, UUID activityId, LocalDate day) {
        this(familyId, childId, activityId, day, BY_FAMILY);
    }
}
