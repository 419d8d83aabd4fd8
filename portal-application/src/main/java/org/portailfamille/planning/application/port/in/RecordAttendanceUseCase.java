package org.portailfamille.planning.application.port.in;

/**
 * Records a daily register sheet (back office). Each marked child must be expected that day (an active reservation)
 * or enrolled in the activity that day (present without booking: recorded, flagged, billed); any problem refuses
 * the whole sheet and records nothing. Marking a child again replaces its line. Absent without a valid reason is
 * "Absent facturé"; absent with an excused absence is "Absent excusé"; absent with an absence still pending is
 * recorded "Absent facturé" for now and reassessed when the absence is ruled ({@link ReassessAttendanceUseCase}).
 * Each line whose outcome is new or changed publishes {@link org.portailfamille.planning.AttendanceRecorded}.
 */
public interface RecordAttendanceUseCase {
    RecordAttendanceResult recordAttendance(RecordAttendanceCommand command);
}
