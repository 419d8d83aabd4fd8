package org.portailfamille.messaging.application.service;

import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.messaging.application.port.in.NotifyRequestDecisionUseCase;
import org.portailfamille.messaging.application.port.in.RequestDecisionNotice;
import org.portailfamille.messaging.application.port.out.DecisionTexts;
import org.portailfamille.messaging.application.port.out.FamilyMailer;
import org.portailfamille.messaging.application.port.out.Messages;

import java.time.Clock;

public class NotifyRequestDecisionService implements NotifyRequestDecisionUseCase {

    private final FamilyNotifier notifier;
    private final DecisionTexts texts;

    public NotifyRequestDecisionService(Messages messages, GetFamilyFileUseCase familyFiles, FamilyMailer mailer,
                                        DecisionTexts texts, Clock clock) {
        this.notifier = new FamilyNotifier(messages, familyFiles, mailer, clock);
        this.texts = texts;
    }

    @Override
    public void notifyRequestDecision(RequestDecisionNotice notice) {
        String subject = texts.subject(notice.requestType(), notice.accepted());
        String body = texts.body(notice.requestType(), notice.accepted(), notice.refusalReason(), notice.submittedAt());
        notifier.tellOnce(notice.requestId(), notice.familyId(), texts.senderName(), subject, body);
    }
}
