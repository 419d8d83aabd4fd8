package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A register sheet: the marks staff gave, per child, on a day of an activity.
 *
 * @param activityId the activity
 * @param day        the day
 * @param marks      per child, PRESENT or ABSENT (as typed; checked by the use case)
 * @param recordedBy the staff login recording it
 */
public record RecordAttendanceCommand(UUID activityId, LocalDate day, Map<ChildId, String> marks, String recordedBy) {

    public RecordAttendanceCommand {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(recordedBy, "recordedBy");
        marks = new LinkedHashMap<>(marks);
    }
}
