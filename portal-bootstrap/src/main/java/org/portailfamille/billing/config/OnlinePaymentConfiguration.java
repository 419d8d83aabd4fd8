package org.portailfamille.billing.config;

import org.portailfamille.billing.adapter.out.payfip.PayfipGateway;
import org.portailfamille.billing.application.port.out.Allocations;
import org.portailfamille.billing.application.port.out.Invoices;
import org.portailfamille.billing.application.port.out.Ledger;
import org.portailfamille.billing.application.port.out.OnlinePayments;
import org.portailfamille.billing.application.port.out.PaymentGateway;
import org.portailfamille.billing.application.port.out.Payments;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.application.service.OnlinePaymentService;
import org.portailfamille.billing.application.service.OnlinePaymentSettings;
import org.portailfamille.shared.Money;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;

/** Wiring of online payment: the PayFiP adapter and the service (ADR 0027). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OnlinePaymentProperties.class)
class OnlinePaymentConfiguration {

    /** The family's page after the provider: "paiement en cours", then the result. */
    static final String RETURN_PATH = "/famille/paiement-en-ligne/operations/";

    @Bean
    PaymentGateway paymentGateway(OnlinePaymentProperties properties, Environment environment) {
        // demo and tests: the portal's own address (portal.base-url when it names the port the server listens on,
        // else localhost at that port, e.g. the tests' random port)
        Supplier<URI> local = () -> {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            URI base = URI.create(environment.getProperty("portal.base-url", "http://localhost:8080"));
            int basePort = base.getPort() > 0 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
            return Integer.toString(basePort).equals(port) ? URI.create(base.getScheme() + "://" + base.getAuthority())
                    : URI.create("http://localhost:" + port);
        };
        Supplier<URI> provider = properties.providerUrl().isBlank()
                ? () -> URI.create(local.get() + "/demo/payfip/") : () -> URI.create(properties.providerUrl());
        Supplier<URI> callback = properties.callbackUrl().isBlank() ? local : () -> URI.create(properties.callbackUrl());
        return new PayfipGateway(provider, callback, RETURN_PATH, properties.secret(),
                prefix -> properties.clientIds().getOrDefault(prefix, properties.defaultClientId()));
    }

    @Bean
    OnlinePaymentService onlinePaymentService(Regies regies, Invoices invoices, Allocations allocations,
                                              Payments payments, Ledger ledger, OnlinePayments operations,
                                              PaymentGateway gateway, OnlinePaymentProperties properties,
                                              Clock clock) {
        OnlinePaymentSettings settings = new OnlinePaymentSettings(new Money(properties.minimumAmount()),
                properties.regies(), properties.reconcileAfter(), properties.expireAfter());
        return new OnlinePaymentService(regies, invoices, allocations, payments, ledger, operations, gateway,
                settings, clock);
    }
}
