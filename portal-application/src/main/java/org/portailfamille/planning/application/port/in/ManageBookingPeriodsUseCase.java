package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/** Staff add and remove the booking periods of an activity. */
public interface ManageBookingPeriodsUseCase {

    /** Returns the new period's id; an unknown activity or inconsistent dates are refused. */
    UUID addBookingPeriod(AddBookingPeriodCommand command);

    /** False when the activity has no such period. */
    boolean removeBookingPeriod(UUID activityId, UUID periodId);
}
