package org.portailfamille.billing.adapter.in.schedule;

import org.portailfamille.billing.application.port.in.ReconcileOnlinePaymentsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled check of online payments (ADR 0027): open operations whose notification never came are confirmed
 * with the provider, abandoned ones expire. The state is in the database: several portal instances may run it, each
 * operation is handled under its row lock.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "portal.payments.online.reconciler.enabled", havingValue = "true", matchIfMissing = true)
class OnlinePaymentReconciler {

    private static final Logger log = LoggerFactory.getLogger(OnlinePaymentReconciler.class);

    private final ReconcileOnlinePaymentsUseCase reconcile;

    OnlinePaymentReconciler(ReconcileOnlinePaymentsUseCase reconcile) {
        this.reconcile = reconcile;
    }

    @Scheduled(fixedDelayString = "${portal.payments.online.reconcile-every:PT1M}", initialDelayString = "PT30S")
    void work() {
        try {
            ReconcileOnlinePaymentsUseCase.Report report = reconcile.reconcile();
            if (report.checked() > 0) {
                log.info("Online payments reconciled: {}", report);
            }
        } catch (RuntimeException e) {
            log.warn("Online payment reconciliation failed; it will be retried: {}", e.toString());
        }
    }
}
