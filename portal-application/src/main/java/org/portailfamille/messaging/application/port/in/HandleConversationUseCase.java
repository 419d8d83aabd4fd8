package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * Staff work on a conversation of their facility: take it (assign to oneself), mark it handled, reopen it. A new
 * message from the family reopens a handled conversation. False when the conversation is not the facility's.
 */
public interface HandleConversationUseCase {

    boolean assignToSelf(@Nullable UUID facilityId, UUID conversationId, StaffMember staff);

    boolean markHandled(@Nullable UUID facilityId, UUID conversationId, StaffMember staff);

    boolean reopen(@Nullable UUID facilityId, UUID conversationId);
}
