package org.portailfamille.messaging.application.port.out;

import java.time.Instant;
import java.time.LocalDate;

/** The wording (French) of place-offer messages; the adapter takes it from the message bundles. */
public interface PlaceOfferTexts {

    String subject(String activityName, LocalDate day);

    String body(String childName, String activityName, LocalDate day, Instant expiresAt);

    String senderName();

    /** The portal path where the family accepts the offer. */
    String link();
}
