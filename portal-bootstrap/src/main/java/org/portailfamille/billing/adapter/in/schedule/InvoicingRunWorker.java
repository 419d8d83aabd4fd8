package org.portailfamille.billing.adapter.in.schedule;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.portailfamille.billing.application.port.in.ProcessInvoicingRunsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The background job of invoicing runs: every few seconds it works the ISSUING runs chunk by chunk (one transaction
 * per chunk) until none is left. The state is in the database, so a run the portal was working when it stopped is
 * taken up again at the next start. A job of the portal's scheduler (ADR 0037): one instance at a time works the
 * runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.billing.worker.enabled", havingValue = "true", matchIfMissing = true)
class InvoicingRunWorker {

    private static final Logger log = LoggerFactory.getLogger(InvoicingRunWorker.class);
    private static final int MAX_CHUNKS_PER_TICK = 500;

    @Bean
    RecurringTask<Void> invoicingRunJob(ProcessInvoicingRunsUseCase process,
                                        @Value("${portal.billing.worker.delay:PT3S}") Duration every) {
        return Tasks.recurring("billing-invoicing-runs", FixedDelay.of(every)).execute((instance, context) -> {
            try {
                for (int i = 0; i < MAX_CHUNKS_PER_TICK && process.processNextChunk(); i++) {
                    // one chunk per transaction
                }
            } catch (RuntimeException e) {
                log.warn("Invoicing run chunk failed; it will be retried: {}", e.toString());
            }
        });
    }
}
