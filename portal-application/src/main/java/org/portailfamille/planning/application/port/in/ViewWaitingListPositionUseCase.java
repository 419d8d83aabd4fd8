package org.portailfamille.planning.application.port.in;

import java.util.OptionalInt;

/** The 1-based position of a child of the family on a day's waiting list; empty when it does not wait. */
public interface ViewWaitingListPositionUseCase {
    OptionalInt waitingListPosition(WaitingListPositionQuery query);
}
