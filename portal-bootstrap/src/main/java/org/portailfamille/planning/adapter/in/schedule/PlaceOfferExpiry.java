package org.portailfamille.planning.adapter.in.schedule;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.portailfamille.planning.application.port.in.ExpirePlaceOffersUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Every minute, closes the place offers whose 24 hours have passed, so that the next child waiting gets the place
 * without waiting for a nightly job (DOMAIN-RULES.md). A job of the portal's scheduler (ADR 0037): with several
 * instances it runs once per period, on the instance that claimed it; each run is one use-case transaction (expired
 * offers are still taken with FOR UPDATE SKIP LOCKED).
 */
@Configuration(proxyBeanMethods = false)
class PlaceOfferExpiry {

    private static final Logger log = LoggerFactory.getLogger(PlaceOfferExpiry.class);

    @Bean
    RecurringTask<Void> placeOfferExpiryJob(ExpirePlaceOffersUseCase expirePlaceOffers,
                                            @Value("${portal.planning.offer-expiry-delay:PT1M}") Duration every) {
        return Tasks.recurring("planning-place-offer-expiry", FixedDelay.of(every)).execute((instance, context) -> {
            int expired = expirePlaceOffers.expirePlaceOffers();
            if (expired > 0) {
                log.info("{} place offer(s) expired and passed on", expired);
            }
        });
    }
}
