package org.portailfamille.messaging.application.port.in;

/**
 * Staff write to every family of an activity, a facility or a day: each family receives its own conversation (its
 * answers stay private), adults are told by e-mail/SMS as they chose for {@link NoticeKind#NEW_MESSAGE}.
 */
public interface BroadcastUseCase {
    BroadcastOutcome broadcast(BroadcastCommand command);
}
