package org.portailfamille.messaging.adapter.out.mail;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.application.port.out.DecisionTexts;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Decision messages worded from the {@code mails} bundle, in French. */
public class BundleDecisionTexts implements DecisionTexts {

    private static final Locale FRENCH = Locale.FRENCH;

    private final MessageSource messages;
    private final ZoneId zone;
    private final String municipalityName;

    public BundleDecisionTexts(MessageSource messages, ZoneId zone, String municipalityName) {
        this.messages = messages;
        this.zone = zone;
        this.municipalityName = municipalityName;
    }

    @Override
    public String subject(String requestType, boolean accepted) {
        return messages.getMessage(accepted ? "mail.decision.accepted.subject" : "mail.decision.refused.subject",
                new Object[]{typeLabel(requestType)}, FRENCH);
    }

    @Override
    public String body(String requestType, boolean accepted, @Nullable String refusalReason, Instant submittedAt) {
        return body(requestType, accepted, refusalReason, submittedAt, null);
    }

    /** {4} is the day the request is about ("mercredi 08/04/2015"), else the day it was made. */
    @Override
    public String body(String requestType, boolean accepted, @Nullable String refusalReason, Instant submittedAt,
                       java.time.@Nullable LocalDate concernedDay) {
        String date = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH).format(submittedAt.atZone(zone));
        String day = concernedDay == null ? date
                : DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy", FRENCH).format(concernedDay);
        String key = accepted ? "mail.decision.accepted.body" : "mail.decision.refused.body";
        Object[] arguments = {typeLabel(requestType), date, refusalReason == null ? "" : refusalReason, municipalityName,
                day};
        // a type may word its own body (e.g. "mail.decision.accepted.body.planning.absence"), else the general one
        String own = messages.getMessage(key + "." + requestType, arguments, null, FRENCH);
        return own != null ? own : messages.getMessage(key, arguments, FRENCH);
    }

    @Override
    public String senderName() {
        return messages.getMessage("mail.decision.sender", new Object[]{municipalityName}, FRENCH);
    }

    private String typeLabel(String requestType) {
        return messages.getMessage("requestType." + requestType, null, requestType, FRENCH);
    }

    @Override
    public String link(String requestType) {
        return "/famille/demandes";
    }
}
