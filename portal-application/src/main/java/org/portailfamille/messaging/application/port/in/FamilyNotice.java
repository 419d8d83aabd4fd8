package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

import java.util.Objects;
import java.util.UUID;

/**
 * An automatic notice for a family, worded by the module that knows the event (e.g. billing's new invoice, planning's
 * booking deadline tomorrow).
 *
 * @param causeId    identifies the event and the family: the same cause gives one message and one e-mail/SMS
 * @param link       the portal path of what it is about (e.g. "/famille/releve"), null when none
 * @param smsText    the short text of the SMS (160 characters at most are sent)
 */
public record FamilyNotice(UUID causeId, FamilyId familyId, NoticeKind kind, String senderName, String subject,
                           String body, @Nullable String link, String smsText) {
    public FamilyNotice {
        Objects.requireNonNull(causeId, "causeId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(kind, "kind");
    }
}
