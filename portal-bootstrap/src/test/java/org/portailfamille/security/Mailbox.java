package org.portailfamille.security;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo SMTP server's captured mail, read as the recipient would. */
final class Mailbox {

    private static final Pattern RESET_LINK =
            Pattern.compile("https?://[^\\s/]+(/mot-de-passe/reinitialiser\\?jeton=([A-Za-z0-9_%-]+))");

    private final GreenMail server;
    private final JdbcTemplate jdbc;

    Mailbox(ApplicationContext context) {
        this.server = context.getBean(GreenMail.class);
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    }

    /** Mail leaves through the outbox after commit (ADR 0020): wait until nothing is left to send to the address. */
    private void awaitOutbox(String address) {
        org.awaitility.Awaitility.await("mail to " + address + " sent from the outbox").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.queryForObject("select count(*) from platform.outbox where (? = '*' or lower(recipient) = "
                        + "lower(?)) and status in ('PENDING', 'SENDING')", Integer.class, address, address) == 0);
    }

    int total() {
        awaitOutbox("*");
        return server.getReceivedMessages().length;
    }

    /** The text of every mail received by this address, oldest first. */
    List<String> mailsTo(String address) {
        awaitOutbox(address);
        List<String> texts = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                Address[] recipients = message.getAllRecipients();
                if (recipients != null && Arrays.stream(recipients)
                        .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address))) {
                    texts.add(message.getSubject() + "\n" + message.getContent());
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return texts;
    }

    /** The path and query of the reset link in the newest mail to this address. */
    String lastResetLinkPath(String address) {
        List<String> mails = mailsTo(address);
        if (mails.isEmpty()) {
            throw new AssertionError("No mail to " + address);
        }
        Matcher matcher = RESET_LINK.matcher(mails.get(mails.size() - 1));
        if (!matcher.find()) {
            throw new AssertionError("No reset link in: " + mails.get(mails.size() - 1));
        }
        return matcher.group(1);
    }

    static String tokenOf(String linkPath) {
        return linkPath.substring(linkPath.indexOf("jeton=") + "jeton=".length());
    }
}
