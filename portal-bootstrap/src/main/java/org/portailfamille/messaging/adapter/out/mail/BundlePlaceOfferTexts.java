package org.portailfamille.messaging.adapter.out.mail;

import org.portailfamille.messaging.application.port.out.PlaceOfferTexts;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Place-offer messages worded from the {@code mails} bundle, in French. */
public class BundlePlaceOfferTexts implements PlaceOfferTexts {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm", FRENCH);

    private final MessageSource messages;
    private final ZoneId zone;
    private final String municipalityName;

    public BundlePlaceOfferTexts(MessageSource messages, ZoneId zone, String municipalityName) {
        this.messages = messages;
        this.zone = zone;
        this.municipalityName = municipalityName;
    }

    @Override
    public String subject(String activityName, LocalDate day) {
        return messages.getMessage("mail.placeOffer.subject", new Object[]{activityName, DAY.format(day)}, FRENCH);
    }

    @Override
    public String body(String childName, String activityName, LocalDate day, Instant expiresAt) {
        return messages.getMessage("mail.placeOffer.body", new Object[]{childName.isBlank() ? "votre enfant" : childName,
                activityName, DAY.format(day), UNTIL.format(expiresAt.atZone(zone)), municipalityName}, FRENCH);
    }

    @Override
    public String senderName() {
        return messages.getMessage("mail.decision.sender", new Object[]{municipalityName}, FRENCH);
    }

    @Override
    public String link() {
        return "/famille/listes-attente";
    }
}
