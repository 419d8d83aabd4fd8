package org.portailfamille.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances starting together on an empty database (ADR 0042): while another instance holds the migration
 * lock, an instance's Liquibase does not start (not even the changelog table, whose creation races between
 * instances); once the lock is released, it migrates. The context here holds the portal's configuration class and a
 * Liquibase bean on the portal's changelog, as Spring Boot declares it.
 */
class LiquibaseStartLockTest {

    private static final Duration WATCH = Duration.ofSeconds(8);

    @Test
    void liquibase_waits_for_the_instance_holding_the_migration_lock() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
             Connection otherInstance = postgres.getPostgresDatabase().getConnection()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            JdbcClient db = JdbcClient.create(dataSource);
            otherInstance.createStatement().execute("SELECT pg_advisory_lock(" + LiquibaseStartLock.KEY + ")");

            CompletableFuture<AnnotationConfigApplicationContext> starting = CompletableFuture.supplyAsync(() -> {
                AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
                context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance());
                context.registerBean(DataSource.class, () -> dataSource);
                context.register(DatabaseHealthConfiguration.class);
                context.registerBean("liquibase", SpringLiquibase.class, () -> {
                    SpringLiquibase liquibase = new SpringLiquibase();
                    liquibase.setDataSource(dataSource);
                    liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
                    return liquibase;
                });
                context.refresh();
                return context;
            });
            long until = System.nanoTime() + WATCH.toNanos();
            while (System.nanoTime() < until) {
                assertThat(db.sql("SELECT to_regclass('public.databasechangelog') IS NULL").query(Boolean.class)
                        .single()).as("no changelog table while the other instance migrates").isTrue();
                assertThat(starting).as("the instance waits").isNotDone();
                Thread.sleep(200);
            }

            otherInstance.createStatement().execute("SELECT pg_advisory_unlock(" + LiquibaseStartLock.KEY + ")");
            try (AnnotationConfigApplicationContext context = starting.get(3, TimeUnit.MINUTES)) {
                assertThat(context.isActive()).isTrue();
                assertThat(db.sql("SELECT count(*) FROM public.databasechangelog").query(Long.class).single())
                        .as("changesets applied once the lock is free").isPositive();
                assertThat(db.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid::bigint = :key")
                        .param("key", LiquibaseStartLock.KEY).query(Long.class).single())
                        .as("the lock is released after the migration").isZero();
            }
        }
    }
}
