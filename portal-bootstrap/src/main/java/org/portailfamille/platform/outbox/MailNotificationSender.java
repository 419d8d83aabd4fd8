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
 * E-mails of the outbox through the configured SMTP server (plain text, UTF-8). Each carries its idempotency key in
 * the header {@code X-Portail-Idempotency-Key}, so that a rare duplicate (ADR 0020) can be recognised.
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
        MimeMessage mail = sender.createMimeMessage();
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
}
