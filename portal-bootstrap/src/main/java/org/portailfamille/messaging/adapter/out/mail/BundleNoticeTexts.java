package org.portailfamille.messaging.adapter.out.mail;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.application.port.out.NoticeTexts;
import org.portailfamille.messaging.domain.NotificationKind;
import org.springframework.context.MessageSource;

import java.util.Locale;

/** E-mails and SMS telling of a message, worded from the {@code mails} bundle, in French. */
public class BundleNoticeTexts implements NoticeTexts {

    private static final Locale FRENCH = Locale.FRENCH;

    private final MessageSource messages;
    private final String municipalityName;
    private final String portalBaseUrl;

    public BundleNoticeTexts(MessageSource messages, String municipalityName, String portalBaseUrl) {
        this.messages = messages;
        this.municipalityName = municipalityName;
        this.portalBaseUrl = portalBaseUrl.endsWith("/") ? portalBaseUrl.substring(0, portalBaseUrl.length() - 1)
                : portalBaseUrl;
    }

    @Override
    public String municipalityName() {
        return municipalityName;
    }

    @Override
    public String emailSubject(NotificationKind kind, String subject) {
        return kind == NotificationKind.NEW_MESSAGE && !subject.startsWith("Re:")
                ? messages.getMessage("mail.message.subject", new Object[]{subject}, FRENCH) : subject;
    }

    @Override
    public String emailBody(NotificationKind kind, String senderName, String body, @Nullable String link) {
        String where = portalBaseUrl + (link == null ? "/famille/messages" : link);
        return messages.getMessage("mail.message.body", new Object[]{body, where, municipalityName}, FRENCH);
    }

    @Override
    public String sms(NotificationKind kind, String subject) {
        return messages.getMessage("sms." + kind.name(), new Object[]{subject, municipalityName}, FRENCH);
    }
}
