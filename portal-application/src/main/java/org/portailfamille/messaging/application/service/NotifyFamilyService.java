package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.FamilyNotice;
import org.portailfamille.messaging.application.port.in.NotifyFamilyUseCase;
import org.portailfamille.messaging.domain.NotificationKind;

import java.util.List;


public class NotifyFamilyService implements NotifyFamilyUseCase {

    private final FamilyNotifier notifier;

    public NotifyFamilyService(FamilyNotifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void notifyFamily(FamilyNotice notice) {
        notifier.tellOnce(notice.causeId(), notice.familyId(), NotificationKind.valueOf(notice.kind().name()),
                notice.senderName(), notice.subject(), notice.body(), notice.link());
    }

    @Override
    public void notifyFamilies(List<FamilyNotice> notices) {
        notifier.tellAllOnce(notices.stream().map(notice -> new FamilyNotifier.Notice(notice.causeId(),
                notice.familyId(), NotificationKind.valueOf(notice.kind().name()), notice.senderName(),
                notice.subject(), notice.body(), notice.link())).toList());
    }
}
