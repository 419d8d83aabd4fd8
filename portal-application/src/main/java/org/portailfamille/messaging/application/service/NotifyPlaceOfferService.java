package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.NotifyPlaceOfferUseCase;
import org.portailfamille.messaging.application.port.in.PlaceOfferNotice;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.application.port.out.PlaceOfferTexts;
import org.portailfamille.messaging.domain.NotificationKind;

import java.time.Clock;

public class NotifyPlaceOfferService implements NotifyPlaceOfferUseCase {

    private final FamilyNotifier notifier;
    private final PlaceOfferTexts texts;

    public NotifyPlaceOfferService(Conversations conversations, AdultNotifier adults, PlaceOfferTexts texts,
                                   Clock clock) {
        this.notifier = new FamilyNotifier(conversations, adults, clock);
        this.texts = texts;
    }

    @Override
    public void notifyPlaceOffer(PlaceOfferNotice notice) {
        String subject = texts.subject(notice.activityName(), notice.day());
        String body = texts.body(notice.childName(), notice.activityName(), notice.day(), notice.expiresAt());
        notifier.tellOnce(notice.offerId(), notice.familyId(), NotificationKind.PLACE_OFFERED, texts.senderName(),
                subject, body, texts.link());
    }
}
