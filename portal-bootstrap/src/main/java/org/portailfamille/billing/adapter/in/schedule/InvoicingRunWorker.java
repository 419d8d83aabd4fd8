package org.portailfamille.billing.adapter.in.schedule;

import org.portailfamille.billing.application.port.in.ProcessInvoicingRunsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The background job of invoicing runs: every few seconds it works the ISSUING runs chunk by chunk (one transaction
 * per chunk) until none is left. The state is in the database, so a run the portal was working when it stopped is
 * taken up again at the next start; several portal instances share the work without working the same run at once.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "portal.billing.worker.enabled", havingValue = "true", matchIfMissing = true)
class InvoicingRunWorker {

    private static final Logger log = LoggerFactory.getLogger(InvoicingRunWorker.class);
    private static final int MAX_CHUNKS_PER_TICK = 500;

    private final ProcessInvoicingRunsUseCase process;

    InvoicingRunWorker(ProcessInvoicingRunsUseCase process) {
        this.process = process;
    }

    @Scheduled(fixedDelayString = "${portal.billing.worker.delay:PT3S}",
            initialDelayString = "${portal.billing.worker.initial-delay:PT5S}")
    void work() {
        try {
            for (int i = 0; i < MAX_CHUNKS_PER_TICK && process.processNextChunk(); i++) {
                // one chunk per transaction
            }
        } catch (RuntimeException e) {
            log.warn("Invoicing run chunk failed; it will be retried: {}", e.toString());
        }
    }
}
