package org.portailfamille.platform.mail;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A mail captured by the demo SMTP server, as shown on /demo/courriels, with the links it contains. */
public record CapturedMail(Instant receivedAt, String to, String subject, String body, List<String> links) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    public static CapturedMail of(Instant receivedAt, String to, String subject, String body) {
        Matcher matcher = LINK.matcher(body);
        List<String> links = matcher.results().map(result -> result.group()).toList();
        return new CapturedMail(receivedAt, to, subject, body, links);
    }
}
