package org.portailfamille.messaging.application.port.in;

/**
 * Staff reply: the answer is unread in the family's mailbox (the banner count grows), the conversation is assigned to
 * the staff member if nobody had it, and the family adults are told by e-mail/SMS as their preferences for
 * {@link NoticeKind#NEW_MESSAGE} say (through the outbox, after commit).
 */
public interface ReplyAsStaffUseCase {
    MessageOutcome replyAsStaff(StaffReplyCommand command);
}
