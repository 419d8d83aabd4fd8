package org.portailfamille.messaging.adapter.in.schedule;

import org.portailfamille.messaging.application.port.in.RemindBookingDeadlinesUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The daily booking-deadline reminder, run every hour (and once shortly after start): the use case tells each family
 * once per deadline day, so the runs after the first of a day send nothing, and a portal down at the usual hour
 * still reminds when it is back. Several instances may run it at once (one notice per family and day, decided by
 * the database). Off with {@code portal.messaging.booking-reminder.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "portal.messaging.booking-reminder.enabled", havingValue = "true", matchIfMissing = true)
class BookingDeadlineReminderJob {

    private static final Logger log = LoggerFactory.getLogger(BookingDeadlineReminderJob.class);

    private final RemindBookingDeadlinesUseCase remind;

    BookingDeadlineReminderJob(RemindBookingDeadlinesUseCase remind) {
        this.remind = remind;
    }

    @Scheduled(fixedDelayString = "${portal.messaging.booking-reminder.every:PT1H}",
            initialDelayString = "${portal.messaging.booking-reminder.initial-delay:PT2M}")
    void remindFamilies() {
        try {
            int told = remind.remindBookingDeadlines();
            if (told > 0) {
                log.info("Booking deadline tomorrow: {} famil(y/ies) reminded", told);
            }
        } catch (RuntimeException e) {
            log.warn("Booking deadline reminder failed, next run in an hour", e);
        }
    }
}
