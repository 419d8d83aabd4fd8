package org.portailfamille.planning.adapter.in.schedule;

import org.portailfamille.planning.application.port.in.ExpirePlaceOffersUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every minute, closes the place offers whose 24 hours have passed, so that the next child waiting gets the place
 * without waiting for a nightly job (DOMAIN-RULES.md). Each run is one use-case transaction; several portal
 * instances may run it at once, since expired offers are taken with FOR UPDATE SKIP LOCKED.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlaceOfferExpiry {

    private static final Logger log = LoggerFactory.getLogger(PlaceOfferExpiry.class);

    private final ExpirePlaceOffersUseCase expirePlaceOffers;

    PlaceOfferExpiry(ExpirePlaceOffersUseCase expirePlaceOffers) {
        this.expirePlaceOffers = expirePlaceOffers;
    }

    @Scheduled(fixedDelayString = "${portal.planning.offer-expiry-delay:PT1M}",
            initialDelayString = "${portal.planning.offer-expiry-delay:PT1M}")
    void expireOffers() {
        int expired = expirePlaceOffers.expirePlaceOffers();
        if (expired > 0) {
            log.info("{} place offer(s) expired and passed on", expired);
        }
    }
}
