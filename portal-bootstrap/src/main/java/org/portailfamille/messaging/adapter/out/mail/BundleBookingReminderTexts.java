package org.portailfamille.messaging.adapter.out.mail;

import org.portailfamille.messaging.application.port.out.BookingReminderTexts;
import org.springframework.context.MessageSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The booking-deadline reminder worded from the {@code mails} bundle, in French. */
public class BundleBookingReminderTexts implements BookingReminderTexts {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", FRENCH);

    private final MessageSource messages;
    private final String municipalityName;

    public BundleBookingReminderTexts(MessageSource messages, String municipalityName) {
        this.messages = messages;
        this.municipalityName = municipalityName;
    }

    @Override
    public String subject(LocalDate deadlineDay) {
        return messages.getMessage("mail.bookingReminder.subject", new Object[]{DAY.format(deadlineDay)}, FRENCH);
    }

    @Override
    public String line(String childFirstName, String activityName, LocalDate day, LocalDateTime deadline) {
        return messages.getMessage("mail.bookingReminder.line", new Object[]{
                childFirstName.isBlank() ? "votre enfant" : childFirstName, activityName, DAY.format(day),
                TIME.format(deadline)}, FRENCH);
    }

    @Override
    public String body(LocalDate deadlineDay, String lines) {
        return messages.getMessage("mail.bookingReminder.body", new Object[]{DAY.format(deadlineDay), lines,
                municipalityName}, FRENCH);
    }

    @Override
    public String senderName() {
        return messages.getMessage("mail.decision.sender", new Object[]{municipalityName}, FRENCH);
    }

    @Override
    public String link() {
        return "/famille/enfants";
    }
}
