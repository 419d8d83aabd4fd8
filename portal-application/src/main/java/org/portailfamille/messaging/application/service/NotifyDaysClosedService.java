package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.DaysClosedNotice;
import org.portailfamille.messaging.application.port.in.NotifyDaysClosedUseCase;
import org.portailfamille.messaging.application.port.out.ClosureTexts;
import org.portailfamille.messaging.domain.NotificationKind;


public class NotifyDaysClosedService implements NotifyDaysClosedUseCase {

    private final FamilyNotifier notifier;
    private final ClosureTexts texts;

    public NotifyDaysClosedService(FamilyNotifier notifier, ClosureTexts texts) {
        this.notifier = notifier;
        this.texts = texts;
    }

    @Override
    public void notifyDaysClosed(DaysClosedNotice notice) {
        if (notice.cancelled().isEmpty()) {
            return;
        }
        String subject = texts.subject(notice);
        String body = texts.body(notice);
        notifier.tellOnce(notice.causeId(), notice.familyId(), NotificationKind.NEW_MESSAGE, texts.senderName(),
                subject, body, texts.link(notice));
    }
}
