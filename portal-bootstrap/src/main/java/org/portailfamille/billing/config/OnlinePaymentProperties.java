package org.portailfamille.billing.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Online payment settings ({@code portal.payments.online.*}, ADR 0027).
 *
 * @param providerUrl     the provider's base URL; empty: the demo's simulator at this portal's own port
 * @param callbackUrl     the portal's public base URL the provider notifies and sends families back to; empty: this
 *                        portal at localhost and its own port (demo and tests)
 * @param secret          the secret shared with the provider for signatures
 * @param minimumAmount   the smallest invoice amount paid online
 * @param regies          prefixes of the régies that accept online payment ("*": all)
 * @param clientIds       the régie's client id at the provider (PayFiP's numcli), by prefix
 * @param defaultClientId the client id of a régie without its own
 * @param reconcileAfter  an open operation without notification this long is checked with the provider
 * @param expireAfter     an open operation unfinished this long expires
 * @param reconcileEvery  how often the reconciliation runs
 */
@ConfigurationProperties("portal.payments.online")
record OnlinePaymentProperties(@DefaultValue("") String providerUrl, @DefaultValue("") String callbackUrl,
                               String secret, @DefaultValue("1.00") BigDecimal minimumAmount,
                               @DefaultValue("*") Set<String> regies, @DefaultValue Map<String, String> clientIds,
                               @DefaultValue("000000") String defaultClientId,
                               @DefaultValue("PT5M") Duration reconcileAfter,
                               @DefaultValue("PT30M") Duration expireAfter,
                               @DefaultValue("PT1M") Duration reconcileEvery) {
}
