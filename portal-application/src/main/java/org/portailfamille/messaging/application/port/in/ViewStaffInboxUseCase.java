package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * The staff inbox of a facility: unread first, then unanswered, then the others, newest first within each; handled
 * conversations last (only when asked for).
 */
public interface ViewStaffInboxUseCase {

    List<StaffConversationSummary> staffInbox(StaffInboxQuery query);

    /** Conversations of the facility with a family message the staff have not opened. */
    int countUnreadForStaff(@Nullable UUID facilityId);
}
