package org.portailfamille.platform.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.portailfamille.platform.demo.ConditionalOnDemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Demo only: the mail the portal sent, newest first, so a visitor can follow a reset link. */
@Controller
@ConditionalOnDemoMode
class DemoMailboxController {

    private final GreenMail server;

    DemoMailboxController(GreenMail server) {
        this.server = server;
    }

    @GetMapping("/demo/courriels")
    String mailbox(Model model) {
        List<CapturedMail> mails = Arrays.stream(server.getReceivedMessages())
                .map(DemoMailboxController::toCaptured)
                .sorted(Comparator.comparing(CapturedMail::receivedAt).reversed())
                .toList();
        model.addAttribute("mails", mails);
        return "demo/courriels";
    }

    private static CapturedMail toCaptured(MimeMessage message) {
        try {
            Instant received = message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
            Address[] recipients = message.getAllRecipients();
            String to = recipients == null ? "" : Arrays.stream(recipients).map(Address::toString)
                    .collect(Collectors.joining(", "));
            // The decoded text: the raw body is quoted-printable, where "?jeton=abc" reads "?jeton=3Dabc".
            Object content = message.getContent();
            String body = content instanceof String text ? text : GreenMailUtil.getBody(message);
            return CapturedMail.of(received, to, message.getSubject(), body);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable captured mail", e);
        }
    }
}
