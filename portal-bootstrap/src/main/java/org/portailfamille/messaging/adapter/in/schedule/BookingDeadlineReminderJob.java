package org.portailfamille.messaging.adapter.in.schedule;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.portailfamille.messaging.application.port.in.RemindBookingDeadlinesUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The daily booking-deadline reminder, run every hour (and once at start): the use case tells each family once per
 * deadline day, so the runs after the first of a day send nothing, and a portal down at the usual hour still reminds
 * when it is back. A job of the portal's scheduler (ADR 0037): one instance runs it per period. Off with
 * {@code portal.messaging.booking-reminder.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.messaging.booking-reminder.enabled", havingValue = "true", matchIfMissing = true)
class BookingDeadlineReminderJob {

    private static final Logger log = LoggerFactory.getLogger(BookingDeadlineReminderJob.class);

    @Bean
    RecurringTask<Void> bookingDeadlineReminderTask(RemindBookingDeadlinesUseCase remind,
                                                   @Value("${portal.messaging.booking-reminder.every:PT1H}") Duration every) {
        return Tasks.recurring("messaging-booking-deadline-reminder", FixedDelay.of(every)).execute((instance, context) -> {
            try {
                int told = remind.remindBookingDeadlines();
                if (told > 0) {
                    log.info("Booking deadline tomorrow: {} famil(y/ies) reminded", told);
                }
            } catch (RuntimeException e) {
                log.warn("Booking deadline reminder failed, next run in an hour", e);
            }
        });
    }
}
