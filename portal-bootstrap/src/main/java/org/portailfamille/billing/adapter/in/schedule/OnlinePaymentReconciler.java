package org.portailfamille.billing.adapter.in.schedule;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.portailfamille.billing.application.port.in.ReconcileOnlinePaymentsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The scheduled check of online payments (ADR 0027): open operations whose notification never came are confirmed
 * with the provider, abandoned ones expire. A job of the portal's scheduler (ADR 0037): one instance runs it per
 * period; each operation is still handled under its row lock.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.payments.online.reconciler.enabled", havingValue = "true", matchIfMissing = true)
class OnlinePaymentReconciler {

    private static final Logger log = LoggerFactory.getLogger(OnlinePaymentReconciler.class);

    @Bean
    RecurringTask<Void> onlinePaymentReconciliationJob(ReconcileOnlinePaymentsUseCase reconcile,
                                                       @Value("${portal.payments.online.reconcile-every:PT1M}") Duration every) {
        return Tasks.recurring("billing-online-payment-reconciliation", FixedDelay.of(every)).execute((instance, context) -> {
            try {
                ReconcileOnlinePaymentsUseCase.Report report = reconcile.reconcile();
                if (report.checked() > 0) {
                    log.info("Online payments reconciled: {}", report);
                }
            } catch (RuntimeException e) {
                log.warn("Online payment reconciliation failed; it will be retried: {}", e.toString());
            }
        });
    }
}
