package org.portailfamille.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes, by default, every filter of its chain and every authorization decision (a Micrometer
 * observation per filter, before and after it, on every request): about a sixth of the machine time of a request
 * that does little else (the liveness probe with a session cookie), a few percent of a page (issue 14, ADR 0048).
 * Nothing reads those observations (no dashboard, alert or trace uses them); requests stay measured as a whole
 * ({@code http.server.requests}) and logins keep their observation.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .shouldObserveAuthentications(true)
                .build();
    }
}
