package org.portailfamille.messaging.application.service;

import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.messaging.application.port.in.DaysClosedNotice;
import org.portailfamille.messaging.application.port.in.NotifyDaysClosedUseCase;
import org.portailfamille.messaging.application.port.out.ClosureTexts;
import org.portailfamille.messaging.application.port.out.FamilyMailer;
import org.portailfamille.messaging.application.port.out.Messages;

import java.time.Clock;

public class NotifyDaysClosedService implements NotifyDaysClosedUseCase {

    private final FamilyNotifier notifier;
    private final ClosureTexts texts;

    public NotifyDaysClosedService(Messages messages, GetFamilyFileUseCase familyFiles, FamilyMailer mailer, ClosureTexts texts,
                                   Clock clock) {
        this.notifier = new FamilyNotifier(messages, familyFiles, mailer, clock);
        this.texts = texts;
    }

    @Override
    public void notifyDaysClosed(DaysClosedNotice notice) {
        if (notice.cancelled().isEmpty()) {
            return;
        }
        String subject = texts.subject(notice);
        String body = texts.body(notice);
        notifier.tellOnce(notice.causeId(), notice.familyId(), texts.senderName(), subject, body);
    }
}
