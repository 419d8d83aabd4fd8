package org.portailfamille.planning.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The daily registers (back office): which activities have one, and the register of a day of one of them. */
public interface ViewAttendanceRegisterUseCase {

    /** Every activity, by facility and name. */
    List<RegisterActivity> registerActivities();

    /** The register of {@code day} of the activity; empty when there is no such activity. */
    Optional<AttendanceRegister> register(UUID activityId, LocalDate day);

    /**
     * The registers of {@code day} of every activity of the facility, by activity name: one read per kind of fact
     * (reservations, absences, register lines, enrolments) for all of them, whatever their number.
     */
    List<AttendanceRegister> facilityRegisters(UUID facilityId, LocalDate day);
}
