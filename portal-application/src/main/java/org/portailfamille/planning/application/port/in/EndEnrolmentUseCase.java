package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Staff end a child's enrolment after {@code lastDay}: later days can no longer be booked, and the child's active
 * bookings of those days are cancelled (their places freed).
 */
public interface EndEnrolmentUseCase {

    enum Outcome { ENDED, UNKNOWN_ENROLMENT, OUTSIDE_PERIOD }

    Outcome endEnrolment(ChildId childId, UUID enrolmentId, LocalDate lastDay);
}
