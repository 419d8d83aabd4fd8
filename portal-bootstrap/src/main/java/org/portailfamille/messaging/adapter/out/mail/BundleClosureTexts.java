package org.portailfamille.messaging.adapter.out.mail;

import org.portailfamille.messaging.application.port.in.DaysClosedNotice;
import org.portailfamille.messaging.application.port.out.ClosureTexts;
import org.springframework.context.MessageSource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Closed-days messages worded from the {@code mails} bundle, in French. */
public class BundleClosureTexts implements ClosureTexts {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy", FRENCH);
    /** At most this many cancelled days are listed one by one. */
    private static final int MAX_LINES = 60;

    private final MessageSource messages;
    private final String municipalityName;

    public BundleClosureTexts(MessageSource messages, String municipalityName) {
        this.messages = messages;
        this.municipalityName = municipalityName;
    }

    @Override
    public String subject(DaysClosedNotice notice) {
        return messages.getMessage("mail.closure.subject", new Object[]{closedName(notice)}, FRENCH);
    }

    @Override
    public String body(DaysClosedNotice notice) {
        StringBuilder lines = new StringBuilder();
        notice.cancelled().stream().limit(MAX_LINES).forEach(day -> lines.append(messages.getMessage(
                "mail.closure.line", new Object[]{day.childName(), day.activityName(), DAY.format(day.day())},
                FRENCH)).append('\n'));
        if (notice.cancelled().size() > MAX_LINES) {
            lines.append(messages.getMessage("mail.closure.more",
                    new Object[]{notice.cancelled().size() - MAX_LINES}, FRENCH)).append('\n');
        }
        String reason = messages.getMessage("mail.closure.reason." + notice.reason(), null, notice.reason(), FRENCH);
        String details = notice.details().isBlank() ? "" : notice.details().strip() + "\n\n";
        return messages.getMessage("mail.closure.body", new Object[]{closedName(notice), period(notice), reason,
                details, lines.toString().stripTrailing(), municipalityName}, FRENCH);
    }

    @Override
    public String senderName() {
        return messages.getMessage("mail.decision.sender", new Object[]{municipalityName}, FRENCH);
    }

    private String closedName(DaysClosedNotice notice) {
        return notice.activityName().isBlank() ? notice.facilityName()
                : notice.facilityName() + " – " + notice.activityName();
    }

    private String period(DaysClosedNotice notice) {
        LocalDate first = notice.firstDay();
        LocalDate last = notice.lastDay();
        return first.equals(last)
                ? messages.getMessage("mail.closure.oneDay", new Object[]{DAY.format(first)}, FRENCH)
                : messages.getMessage("mail.closure.days", new Object[]{DAY.format(first), DAY.format(last)}, FRENCH);
    }

    @Override
    public String link(DaysClosedNotice notice) {
        return "/famille/enfants";
    }
}
