package org.portailfamille.platform.database;

import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * Several instances starting together on an empty database: Liquibase's own lock ({@code DATABASECHANGELOGLOCK}) is
 * taken only after the changelog is parsed, and parsing an {@code includeAll} already creates
 * {@code databasechangelog}; two instances race there and one dies with "relation databasechangelog already exists"
 * (liquibase/liquibase#5254, #2315). So the whole Liquibase run of an instance holds a PostgreSQL advisory lock, on a
 * connection of its own: the first instance migrates, the others wait, then find every changeset applied (ADR 0042).
 * <p>
 * The session-level lock is released after Liquibase's run, or by PostgreSQL when the connection closes (an instance
 * that dies while migrating never blocks the others).
 */
public class LiquibaseStartLock implements BeanPostProcessor, DisposableBean {

    /** The advisory lock's key: any constant shared by every instance of the portal ("PFLQ"). */
    public static final long KEY = 0x50464C51L;

    private static final Logger log = LoggerFactory.getLogger(LiquibaseStartLock.class);

    private final Map<String, Connection> held = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            held.put(beanName, lock(liquibase.getDataSource()));
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        Connection connection = held.remove(beanName);
        if (connection != null) {
            unlock(connection);
        }
        return bean;
    }

    /** A failed start (Liquibase threw): the connection, and so the lock, goes with the context. */
    @Override
    public void destroy() {
        held.values().forEach(LiquibaseStartLock::unlock);
        held.clear();
    }

    private static Connection lock(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                tryLock.setLong(1, KEY);
                try (var result = tryLock.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        return connection;
                    }
                }
            }
            log.info("Another instance is migrating the database: waiting for it (advisory lock {})", KEY);
            try (PreparedStatement wait = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                wait.setLong(1, KEY);
                wait.execute();
            }
            log.info("The other instance's migration is over: checking the changelog");
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the migration lock of the database", e);
        }
    }

    private static void unlock(Connection connection) {
        try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException e) {
            log.warn("Could not release the migration lock (released when the connection closes): {}", e.getMessage());
        }
    }
}
