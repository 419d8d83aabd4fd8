package org.portailfamille.messaging.adapter.out.mail;

import org.portailfamille.messaging.application.port.out.FamilyMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends family e-mails through the configured SMTP server. */
public class SmtpFamilyMailer implements FamilyMailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpFamilyMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    public SmtpFamilyMailer(ObjectProvider<JavaMailSender> mailSender, String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public void send(String email, String subject, String body) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("No SMTP server configured (spring.mail.host): mail \"{}\" not sent", subject);
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(email);
        mail.setSubject(subject);
        mail.setText(body);
        sender.send(mail);
    }
}
