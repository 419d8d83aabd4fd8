package org.portailfamille.platform.outbox;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import java.io.InputStream;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The demo SMTP server (GreenMail) behind a switch: a delay before each transfer (a slow server) and a share of
 * transfers refused before anything is handed over (a failing server).
 */
final class ControllableMailSender implements JavaMailSender {

    private final JavaMailSender delegate;
    volatile long delayMillis;
    volatile double failureRate;

    ControllableMailSender(JavaMailSender delegate) {
        this.delegate = delegate;
    }

    private void misbehave() {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failureRate > 0 && ThreadLocalRandom.current().nextDouble() < failureRate) {
            throw new MailSendException("421 Service not available (simulated)");
        }
    }

    @Override
    public MimeMessage createMimeMessage() {
        return delegate.createMimeMessage();
    }

    @Override
    public MimeMessage createMimeMessage(InputStream contentStream) {
        return delegate.createMimeMessage(contentStream);
    }

    @Override
    public void send(MimeMessage... mimeMessages) {
        misbehave();
        delegate.send(mimeMessages);
    }

    @Override
    public void send(SimpleMailMessage... simpleMessages) {
        misbehave();
        delegate.send(simpleMessages);
    }
}
