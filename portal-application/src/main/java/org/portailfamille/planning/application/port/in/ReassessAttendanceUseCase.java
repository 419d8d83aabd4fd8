package org.portailfamille.planning.application.port.in;

/**
 * Reassesses a child's register line after staff ruled the absence of that day: a child marked absent while the
 * absence was pending was recorded "Absent facturé"; once the absence is ruled excused the line becomes "Absent
 * excusé" (ruled billed, it stays "Absent facturé"), and the final outcome is published again as
 * {@link org.portailfamille.planning.AttendanceRecorded} with {@code absencePending} false, superseding the earlier
 * event. The use case that rules absences calls it after each ruling, in the same transaction. Nothing happens when
 * the child has no line that day or was marked present. Returns whether an event was published.
 */
public interface ReassessAttendanceUseCase {
    boolean reassessAttendance(ReassessAttendanceCommand command);
}
