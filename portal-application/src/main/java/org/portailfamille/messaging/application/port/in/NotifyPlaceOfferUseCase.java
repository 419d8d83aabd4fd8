package org.portailfamille.messaging.application.port.in;

/**
 * Tells a family that a place was freed for its child on a day it waited for: which child, activity and day, and
 * until when to accept. A message in the portal inbox, and an e-mail when the guardian allowed e-mails.
 * Notifying twice for the same offer has one effect.
 */
public interface NotifyPlaceOfferUseCase {
    void notifyPlaceOffer(PlaceOfferNotice notice);
}
