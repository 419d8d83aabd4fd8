package org.portailfamille.planning.application.port.in;

import java.util.UUID;

/** Staff close days and remove closures. */
public interface ManageClosuresUseCase {

    /**
     * In one transaction: records the closure, cancels every active booking of the closed days (their places are
     * freed), withdraws the pending place offers of those days and empties their waiting lists, and publishes the event telling the families concerned. An unknown facility, an activity of another
     * facility or a bad parameter is refused.
     */
    CloseDaysResult closeDays(CloseDaysCommand command);

    /**
     * Removes a closure; it restores nothing: cancelled bookings stay cancelled, withdrawn offers and waiting entries
     * are not given back (the page says so). False when the facility has no such closure.
     */
    boolean removeClosure(UUID facilityId, long closureId);
}
