package org.portailfamille.planning.application.port.in;

/** Puts a child on the waiting list of a full day, after those already waiting. */
public interface JoinWaitingListUseCase {
    JoinWaitingListResult joinWaitingList(JoinWaitingListCommand command);
}
