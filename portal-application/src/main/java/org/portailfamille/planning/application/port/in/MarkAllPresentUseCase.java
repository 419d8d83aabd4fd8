package org.portailfamille.planning.application.port.in;

import java.time.LocalDate;
import java.util.UUID;

/**
 * "Tous présents": one click marks present every child expected on a day of an activity (booked, regular days
 * included) who is not marked yet and has no declared absence; the marks stay editable on the register afterwards.
 */
public interface MarkAllPresentUseCase {

    /** What was recorded; no line and no problem when nobody was left to mark. */
    RecordAttendanceResult markAllPresent(UUID activityId, LocalDate day, String recordedBy);
}
