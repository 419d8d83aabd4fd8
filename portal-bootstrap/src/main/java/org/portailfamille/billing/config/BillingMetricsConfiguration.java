package org.portailfamille.billing.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.portailfamille.billing.adapter.out.metrics.CountedPayments;
import org.portailfamille.billing.application.port.out.Payments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Billing's metrics: the payments store the services get counts what it records (see {@link CountedPayments}). */
@Configuration(proxyBeanMethods = false)
class BillingMetricsConfiguration {

    @Bean
    static BeanPostProcessor countedPayments(ObjectProvider<MeterRegistry> meters) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof Payments payments && !(bean instanceof CountedPayments)) {
                    return new CountedPayments(payments, () -> meters.getIfAvailable(() -> Metrics.globalRegistry));
                }
                return bean;
            }
        };
    }
}
