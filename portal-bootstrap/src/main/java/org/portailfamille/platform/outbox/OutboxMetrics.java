package org.portailfamille.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.EnumMap;
import java.util.Map;

/**
 * The outbox backlog as gauges, read from the table at each scrape: {@code portal.outbox.backlog} with the tag
 * {@code status} (PENDING: waiting or retrying; SENDING: claimed by a worker; FAILED: given up, staff should look).
 * A database that cannot be read gives NaN (no sample) rather than an error.
 */
class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMetrics(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OutboxStatus status : new OutboxStatus[]{OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.FAILED}) {
            Gauge.builder("portal.outbox.backlog", this, metrics -> metrics.count(status))
                    .description("Notifications of the outbox by status (not yet sent, being sent, given up)")
                    .tag("status", status.name()).register(registry);
        }
    }

    double count(OutboxStatus status) {
        try {
            return jdbc.sql("SELECT count(*) FROM platform.outbox WHERE status = :status")
                    .param("status", status.name()).query(Long.class).single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    Map<OutboxStatus, Double> counts() {
        Map<OutboxStatus, Double> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, count(status));
        }
        return counts;
    }
}
