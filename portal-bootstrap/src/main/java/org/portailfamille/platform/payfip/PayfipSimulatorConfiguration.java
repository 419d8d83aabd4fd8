package org.portailfamille.platform.payfip;

import org.portailfamille.platform.demo.ConditionalOnDemoMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Demo only: the simulated PayFiP service shares the portal's signing secret, as the real one would. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDemoMode
class PayfipSimulatorConfiguration {

    @Bean(destroyMethod = "shutdown")
    PayfipSimulator payfipSimulator(@Value("${portal.payments.online.secret}") String secret, Clock clock) {
        return new PayfipSimulator(secret, clock);
    }
}
