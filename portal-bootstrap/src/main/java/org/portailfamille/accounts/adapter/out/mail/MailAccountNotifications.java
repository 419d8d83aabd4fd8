package org.portailfamille.accounts.adapter.out.mail;

import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Duration;
import java.util.Locale;

/** Sends the accounts module's messages by e-mail, worded in French from the {@code mails} bundle. */
public class MailAccountNotifications implements AccountNotifications {

    private static final Logger log = LoggerFactory.getLogger(MailAccountNotifications.class);
    private static final Locale FRENCH = Locale.FRENCH;

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final String from;
    private final String municipalityName;
    private final String portalBaseUrl;

    public MailAccountNotifications(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, String from,
                                    String municipalityName, String portalBaseUrl) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.from = from;
        this.municipalityName = municipalityName;
        this.portalBaseUrl = portalBaseUrl;
    }

    @Override
    public void sendCredentials(String email, String displayName, String username, String temporaryPassword) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(email);
        mail.setSubject(messages.getMessage("mail.credentials.subject", new Object[]{municipalityName}, FRENCH));
        mail.setText(messages.getMessage("mail.credentials.body",
                new Object[]{displayName, username, temporaryPassword, portalBaseUrl, municipalityName}, FRENCH));
        send(mail);
    }

    @Override
    public void sendRegistrationReceived(String email, String displayName) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(email);
        mail.setSubject(messages.getMessage("mail.registration.received.subject", new Object[]{municipalityName}, FRENCH));
        mail.setText(messages.getMessage("mail.registration.received.body",
                new Object[]{displayName, municipalityName}, FRENCH));
        send(mail);
    }

    @Override
    public void sendRegistrationRefused(String email, String displayName, String reason) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(email);
        mail.setSubject(messages.getMessage("mail.registration.refused.subject", new Object[]{municipalityName}, FRENCH));
        mail.setText(messages.getMessage("mail.registration.refused.body",
                new Object[]{displayName, reason, municipalityName}, FRENCH));
        send(mail);
    }

    @Override
    public void sendPasswordResetLink(String email, String displayName, String username, String link,
                                      Duration validity) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(email);
        mail.setSubject(messages.getMessage("mail.reset.subject", new Object[]{municipalityName}, FRENCH));
        mail.setText(messages.getMessage("mail.reset.body",
                new Object[]{displayName, username, link, validity.toMinutes(), municipalityName}, FRENCH));
        send(mail);
    }

    private void send(SimpleMailMessage mail) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("No SMTP server configured (spring.mail.host): mail \"{}\" not sent", mail.getSubject());
            return;
        }
        sender.send(mail);
    }
}
