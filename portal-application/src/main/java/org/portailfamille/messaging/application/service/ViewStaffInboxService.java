package org.portailfamille.messaging.application.service;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.application.port.in.StaffConversationSummary;
import org.portailfamille.messaging.application.port.in.StaffInboxQuery;
import org.portailfamille.messaging.application.port.in.ViewStaffInboxUseCase;
import org.portailfamille.messaging.application.port.out.Conversations;

import java.util.List;
import java.util.UUID;

public class ViewStaffInboxService implements ViewStaffInboxUseCase {

    /** The longest inbox page. */
    static final int LIMIT = 500;

    private final Conversations conversations;

    public ViewStaffInboxService(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public List<StaffConversationSummary> staffInbox(StaffInboxQuery query) {
        return conversations.deskInbox(query.facilityId(), query.includeHandled(), LIMIT);
    }

    @Override
    public int countUnreadForStaff(@Nullable UUID facilityId) {
        return conversations.countUnreadForDesk(facilityId);
    }
}
