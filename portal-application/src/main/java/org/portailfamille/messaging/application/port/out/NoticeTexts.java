package org.portailfamille.messaging.application.port.out;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.domain.NotificationKind;

/** The wording (French) of e-mails and SMS telling of a message; the adapter takes it from the bundles. */
public interface NoticeTexts {

    /** The municipality's name, as families read it as a correspondent. */
    String municipalityName();

    /** The e-mail's subject for a message of that subject. */
    String emailSubject(NotificationKind kind, String subject);

    /** The e-mail's text: the message's text and, when there is one, the full address of its link in the portal. */
    String emailBody(NotificationKind kind, String senderName, String body, @Nullable String link);

    /** The SMS (at most 160 characters): who wrote, about what, where to read it. */
    String sms(NotificationKind kind, String subject);
}
