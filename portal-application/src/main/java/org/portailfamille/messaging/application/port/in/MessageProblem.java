package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

/**
 * Why a message was not sent; pages show the French text of {@code "messaging.problem." + code}, with the file
 * name when the problem is about an attachment.
 *
 * @param code SUBJECT_MISSING, SUBJECT_TOO_LONG, BODY_MISSING, BODY_TOO_LONG, TOO_MANY_ATTACHMENTS,
 *             ATTACHMENT_EMPTY, ATTACHMENT_TOO_LARGE, ATTACHMENT_FORMAT, UNKNOWN_FACILITY, UNKNOWN_CONVERSATION,
 *             UNKNOWN_AUDIENCE, NO_FAMILY_REACHED
 */
public record MessageProblem(String code, @Nullable String fileName) {

    public static MessageProblem of(String code) {
        return new MessageProblem(code, null);
    }
}
