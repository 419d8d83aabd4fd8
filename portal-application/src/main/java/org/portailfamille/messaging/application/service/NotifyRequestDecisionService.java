package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.NotifyRequestDecisionUseCase;
import org.portailfamille.messaging.application.port.in.RequestDecisionNotice;
import org.portailfamille.messaging.application.port.out.DecisionTexts;
import org.portailfamille.messaging.domain.NotificationKind;


public class NotifyRequestDecisionService implements NotifyRequestDecisionUseCase {

    private final FamilyNotifier notifier;
    private final DecisionTexts texts;

    public NotifyRequestDecisionService(FamilyNotifier notifier, DecisionTexts texts) {
        this.notifier = notifier;
        this.texts = texts;
    }

    @Override
    public void notifyRequestDecision(RequestDecisionNotice notice) {
        String subject = texts.subject(notice.requestType(), notice.accepted());
        String body = texts.body(notice.requestType(), notice.accepted(), notice.refusalReason(), notice.submittedAt(),
                notice.concernedDay());
        notifier.tellOnce(notice.requestId(), notice.familyId(), NotificationKind.REQUEST_DECIDED, texts.senderName(),
                subject, body, texts.link(notice.requestType()));
    }
}
