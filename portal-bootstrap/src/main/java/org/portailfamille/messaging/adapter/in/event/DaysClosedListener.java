package org.portailfamille.messaging.adapter.in.event;

import org.portailfamille.accounts.application.port.in.ChildSummary;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.messaging.application.port.in.DaysClosedNotice;
import org.portailfamille.messaging.application.port.in.NotifyDaysClosedUseCase;
import org.portailfamille.planning.ActivityDaysClosed;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Tells each family whose bookings a closing cancelled: a message, and an e-mail if allowed. */
@Component
class DaysClosedListener {

    private final NotifyDaysClosedUseCase notify;
    private final ListChildrenUseCase children;

    DaysClosedListener(NotifyDaysClosedUseCase notify, ListChildrenUseCase children) {
        this.notify = notify;
        this.children = children;
    }

    @ApplicationModuleListener
    void on(ActivityDaysClosed event) {
        for (FamilyId family : event.familyIds()) {
            Map<ChildId, String> names = children.children(family).stream()
                    .collect(Collectors.toMap(ChildSummary::childId, ChildSummary::firstName, (a, b) -> a));
            List<DaysClosedNotice.CancelledDay> days = event.cancelledFor(family).stream()
                    .map(booking -> new DaysClosedNotice.CancelledDay(names.getOrDefault(booking.childId(), ""),
                            booking.activityName(), booking.day()))
                    .toList();
            UUID causeId = UUID.nameUUIDFromBytes(("days-closed:" + event.eventId() + ":" + family.value())
                    .getBytes(StandardCharsets.UTF_8));
            notify.notifyDaysClosed(new DaysClosedNotice(causeId, family, event.facilityName(), event.activityName(),
                    event.firstDay(), event.lastDay(), event.reason(), event.details(), days));
        }
    }
}
