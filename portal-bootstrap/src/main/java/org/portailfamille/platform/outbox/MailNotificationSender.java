package org.portailfamille.platform.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mails of the outbox through the configured SMTP server (plain text, UTF-8). Each carries a stable
 * {@code Message-ID} derived from its outbox row ({@code <outbox.ROW-ID@DOMAIN>}, the same at every attempt) and its
 * idempotency key in the header {@code X-Portail-Idempotency-Key}: the rare duplicate of a crash between the
 * server's acceptance and the SENT mark (ADR 0026) is recognisable, and mail clients that deduplicate by Message-ID
 * show it once.
 */
public class MailNotificationSender implements NotificationSender {

    public static final String IDEMPOTENCY_HEADER = "X-Portail-Idempotency-Key";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    public MailNotificationSender(ObjectProvider<JavaMailSender> mailSender, String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public @Nullable String send(OutboxEntry notification) throws DeliveryException {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new DeliveryException("No SMTP server configured (spring.mail.host)", false);
        }
        MimeMessage mail = new StableIdMessage(sender.createMimeMessage().getSession(), messageId(notification));
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(notification.recipient());
            helper.setSubject(notification.subject());
            helper.setText(notification.body(), false);
            mail.setHeader(IDEMPOTENCY_HEADER, notification.idempotencyKey());
        } catch (MessagingException | IllegalArgumentException e) {
            throw new DeliveryException("Invalid e-mail: " + e.getMessage(), true, e);
        }
        try {
            sender.send(mail);
        } catch (MailParseException | MailPreparationException e) {
            throw new DeliveryException(e.getMessage() == null ? "Invalid e-mail" : e.getMessage(), true, e);
        } catch (MailAuthenticationException e) {
            throw new DeliveryException("SMTP authentication failed: " + e.getMessage(), false, e);
        } catch (MailException e) {
            throw new DeliveryException(String.valueOf(e.getMessage()), false, e);
        }
        return null;
    }

    /** The Message-ID of a row of the outbox: the same at every attempt, unique per row. */
    public String messageId(OutboxEntry notification) {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "portail-famille" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<outbox." + notification.id() + "@" + (domain.isEmpty() ? "portail-famille" : domain) + ">";
    }

    /** JavaMail writes a random Message-ID at each {@code saveChanges()}; this one keeps the outbox row's. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(jakarta.mail.Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
