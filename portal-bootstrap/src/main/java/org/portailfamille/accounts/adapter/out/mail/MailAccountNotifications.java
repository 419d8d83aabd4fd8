package org.portailfamille.accounts.adapter.out.mail;

import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.platform.outbox.Outbox;
import org.portailfamille.platform.outbox.OutgoingNotification;
import org.springframework.context.MessageSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The accounts module's e-mails, worded in French from the {@code mails} bundle and put in the platform's persistent
 * outbox (ADR 0020), in the transaction of the use case: no web request waits on the mail server, so "Mot de passe
 * oublié" answers in the same time for a known and an unknown identifiant. Mails that carry a secret (reset link,
 * temporary password) are keyed by a hash of it; registration mails by a random key, their callers being
 * idempotent already (applied requests).
 */
public class MailAccountNotifications implements AccountNotifications {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final String REFERENCE = "accounts";

    private final Outbox outbox;
    private final MessageSource messages;
    private final String municipalityName;
    private final String portalBaseUrl;

    public MailAccountNotifications(Outbox outbox, MessageSource messages, String municipalityName,
                                    String portalBaseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.municipalityName = municipalityName;
        this.portalBaseUrl = portalBaseUrl;
    }

    @Override
    public void sendCredentials(String email, String displayName, String username, String temporaryPassword) {
        enqueue("accounts:credentials:" + hash(username + "\n" + temporaryPassword), email,
                messages.getMessage("mail.credentials.subject", new Object[]{municipalityName}, FRENCH),
                messages.getMessage("mail.credentials.body",
                        new Object[]{displayName, username, temporaryPassword, portalBaseUrl, municipalityName},
                        FRENCH));
    }

    @Override
    public void sendRegistrationReceived(String email, String displayName) {
        enqueue("accounts:registration-received:" + UUID.randomUUID(), email,
                messages.getMessage("mail.registration.received.subject", new Object[]{municipalityName}, FRENCH),
                messages.getMessage("mail.registration.received.body", new Object[]{displayName, municipalityName},
                        FRENCH));
    }

    @Override
    public void sendRegistrationRefused(String email, String displayName, String reason) {
        enqueue("accounts:registration-refused:" + UUID.randomUUID(), email,
                messages.getMessage("mail.registration.refused.subject", new Object[]{municipalityName}, FRENCH),
                messages.getMessage("mail.registration.refused.body",
                        new Object[]{displayName, reason, municipalityName}, FRENCH));
    }

    @Override
    public void sendPasswordResetLink(String email, String displayName, String username, String link,
                                      Duration validity) {
        enqueue("accounts:reset:" + hash(link), email,
                messages.getMessage("mail.reset.subject", new Object[]{municipalityName}, FRENCH),
                messages.getMessage("mail.reset.body",
                        new Object[]{displayName, username, link, validity.toMinutes(), municipalityName}, FRENCH));
    }

    private void enqueue(String key, String email, String subject, String body) {
        if (email == null || email.isBlank()) {
            return;
        }
        outbox.enqueue(OutgoingNotification.email(key, email, subject, body, REFERENCE));
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
