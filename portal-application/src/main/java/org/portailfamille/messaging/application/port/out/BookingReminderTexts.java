package org.portailfamille.messaging.application.port.out;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The wording (French) of the booking-deadline reminder; the adapter takes it from the message bundles. */
public interface BookingReminderTexts {

    String subject(LocalDate deadlineDay);

    /** One line of the body: a child's day not booked and its deadline. */
    String line(String childFirstName, String activityName, LocalDate day, LocalDateTime deadline);

    String body(LocalDate deadlineDay, String lines);

    String senderName();

    /** The portal path where the family books (Mes enfants). */
    String link();
}
