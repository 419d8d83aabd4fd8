package org.portailfamille.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.time.Duration;

/**
 * The default database: an embedded PostgreSQL 17 started in-process (zonky binaries). Fresh on every start
 * unless {@code portal.embedded-database.data-directory} names a folder to keep the data in.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${portal.embedded-database.data-directory:}") String dataDirectory,
                                      @Value("${portal.embedded-database.port:0}") int port) throws IOException {
        // No zonky shutdown hook: Spring closes the server after the beans that still use it.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(30));
        if (port > 0) {
            builder.setPort(port);
        }
        if (!dataDirectory.isBlank()) {
            File directory = new File(dataDirectory).getAbsoluteFile();
            // A kept database is a real single-machine installation: a commit acknowledged to a parent must
            // survive a crash (zonky's default, synchronous_commit=off, is only for the throwaway database).
            builder.setDataDirectory(directory).setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on");
            log.info("Embedded PostgreSQL keeps its data in {}", directory);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {}", postgres.getPort());
        return postgres;
    }

    /**
     * The pool takes the same {@code spring.datasource.hikari.*} settings as with an external database (size,
     * connection timeout: ADR 0039); before issue 14 it had a fixed 20 connections and Hikari's 30 s timeout here.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setPoolName("portal-embedded");
        return dataSource;
    }
}
