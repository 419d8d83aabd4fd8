package org.portailfamille.planning.application.port.in;

/**
 * Cancels a booked day before its cancellation deadline. The freed place goes at once to the first child of the
 * day's waiting list, as a place offer to accept within 24 hours; with nobody waiting, it is free again.
 */
public interface CancelDayUseCase {
    CancelDayOutcome cancelDay(CancelDayCommand command);
}
