package org.portailfamille.messaging.application.port.in;

/**
 * A family replies in one of its own conversations; the conversation comes back to the staff inbox as unread and
 * unanswered (and leaves "supprimés" if it was there). Another family's conversation is UNKNOWN_CONVERSATION.
 */
public interface ReplyAsFamilyUseCase {
    MessageOutcome replyAsFamily(FamilyReplyCommand command);
}
