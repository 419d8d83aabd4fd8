package org.portailfamille;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Test-only application of the persistence adapters: the jOOQ adapters of every module on a real PostgreSQL
 * 17 (zonky, embedded), with the schema built by the real Liquibase changelogs. Spring's context cache keeps
 * one context, hence one database server, per test JVM.
 */
@SpringBootApplication
public class PersistenceTestApplication {

    /** No zonky shutdown hook: Spring closes the server after the pool that uses it. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(30))
                .start();
    }

    /** The municipality's clock (the adapters that stamp rows, e.g. staff assignments, take it like the services). */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Paris"));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(12);
        dataSource.setPoolName("persistence-test");
        return dataSource;
    }
}
