package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.UUID;

/**
 * Staff open a conversation of their facility: the family's messages in it are marked read by the staff. Empty when
 * the conversation is not the facility's ({@code facilityId} null: the municipality's own desk).
 */
public interface ReadStaffConversationUseCase {
    Optional<ConversationView> openAsStaff(@Nullable UUID facilityId, UUID conversationId);
}
