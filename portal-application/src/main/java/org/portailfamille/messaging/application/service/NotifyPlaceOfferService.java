package org.portailfamille.messaging.application.service;

import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.messaging.application.port.in.NotifyPlaceOfferUseCase;
import org.portailfamille.messaging.application.port.in.PlaceOfferNotice;
import org.portailfamille.messaging.application.port.out.FamilyMailer;
import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.messaging.application.port.out.PlaceOfferTexts;

import java.time.Clock;

public class NotifyPlaceOfferService implements NotifyPlaceOfferUseCase {

    private final FamilyNotifier notifier;
    private final PlaceOfferTexts texts;

    public NotifyPlaceOfferService(Messages messages, GetFamilyFileUseCase familyFiles, FamilyMailer mailer,
                                   PlaceOfferTexts texts, Clock clock) {
        this.notifier = new FamilyNotifier(messages, familyFiles, mailer, clock);
        this.texts = texts;
    }

    @Override
    public void notifyPlaceOffer(PlaceOfferNotice notice) {
        String subject = texts.subject(notice.activityName(), notice.day());
        String body = texts.body(notice.childName(), notice.activityName(), notice.day(), notice.expiresAt());
        notifier.tellOnce(notice.offerId(), notice.familyId(), texts.senderName(), subject, body);
    }
}
