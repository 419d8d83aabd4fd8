package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.NotifyPlaceOfferUseCase;
import org.portailfamille.messaging.application.port.in.PlaceOfferNotice;
import org.portailfamille.messaging.application.port.out.PlaceOfferTexts;
import org.portailfamille.messaging.domain.NotificationKind;


public class NotifyPlaceOfferService implements NotifyPlaceOfferUseCase {

    private final FamilyNotifier notifier;
    private final PlaceOfferTexts texts;

    public NotifyPlaceOfferService(FamilyNotifier notifier, PlaceOfferTexts texts) {
        this.notifier = notifier;
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
