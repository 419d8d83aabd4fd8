package org.portailfamille.access.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;

/** The transactions of the sessions' JDBC repository (ADR 0048): a session is read without one. */
@Configuration(proxyBeanMethods = false)
class SessionTransactionConfiguration {

    /**
     * Taken by Spring Session's JDBC configuration by this name (its qualifier); injected nowhere else (not a default
     * candidate: whoever asks for a {@code TransactionOperations} by its type gets Spring Boot's template as before).
     */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
        return new SessionTransactions(transactionManager);
    }
}
