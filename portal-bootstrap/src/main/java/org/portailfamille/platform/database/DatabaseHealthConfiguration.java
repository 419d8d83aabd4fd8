package org.portailfamille.platform.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;

/** Readiness's database check with a time limit ({@code portal.health.database-timeout}, 1.5 s by default). */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    /** Named like Spring Boot's, which then stands back. */
    @Bean(destroyMethod = "close")
    DatabaseHealthIndicator dbHealthIndicator(DataSource dataSource,
                                              @Value("${portal.health.database-timeout:PT1.5S}") Duration timeout) {
        return new DatabaseHealthIndicator(dataSource, timeout);
    }

    /** One instance at a time runs Liquibase (several instances starting together on an empty database, ADR 0042). */
    @Bean
    static LiquibaseStartLock liquibaseStartLock() {
        return new LiquibaseStartLock();
    }
}
