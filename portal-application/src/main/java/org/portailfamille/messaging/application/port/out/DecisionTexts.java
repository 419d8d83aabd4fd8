package org.portailfamille.messaging.application.port.out;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** The wording (French) of decision messages; the adapter takes it from the message bundles. */
public interface DecisionTexts {

    String subject(String requestType, boolean accepted);

    String body(String requestType, boolean accepted, @Nullable String refusalReason, Instant submittedAt);

    /** The body naming the day the request is about ({@code concernedDay}, when there is one). */
    default String body(String requestType, boolean accepted, @Nullable String refusalReason, Instant submittedAt,
                        java.time.@Nullable LocalDate concernedDay) {
        return body(requestType, accepted, refusalReason, submittedAt);
    }

    String senderName();

    /** The portal path of what a decision is about (e.g. the family's list of requests). */
    String link(String requestType);
}
