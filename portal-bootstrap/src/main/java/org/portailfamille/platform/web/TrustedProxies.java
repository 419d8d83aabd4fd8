package org.portailfamille.platform.web;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only from the proxies listed in
 * {@code portal.trusted-proxies} (IP addresses or CIDR ranges, comma-separated; none by default). Tomcat's default
 * trusted any loopback or private address, so anyone on the municipality's network (or a local process) could
 * pick the address the login and registration limits count (issue 13, finding 7).
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final List<String> ranges;

    TrustedProxies(@Value("${portal.trusted-proxies:}") String trustedProxies) {
        this.ranges = parse(trustedProxies);
    }

    /** The ranges as CIDR ("203.0.113.7" becomes "203.0.113.7/32"); a malformed entry stops the start-up. */
    static List<String> parse(String trustedProxies) {
        List<String> ranges = new ArrayList<>();
        for (String entry : trustedProxies.split(",")) {
            String range = entry.strip();
            if (range.isEmpty()) {
                continue;
            }
            String address = range.contains("/") ? range.substring(0, range.indexOf('/')) : range;
            if (!address.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalStateException("portal.trusted-proxies: '" + range
                        + "' is not an IP address or a CIDR range (host names are not accepted)");
            }
            try {
                InetAddress parsed = InetAddress.getByName(address);
                int bits = parsed.getAddress().length * 8;
                if (range.contains("/")) {
                    int prefix = Integer.parseInt(range.substring(range.indexOf('/') + 1));
                    if (prefix < 0 || prefix > bits) {
                        throw new NumberFormatException();
                    }
                    ranges.add(range);
                } else {
                    ranges.add(address + "/" + bits);
                }
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalStateException("portal.trusted-proxies: '" + range
                        + "' is not an IP address or a CIDR range", e);
            }
        }
        return List.copyOf(ranges);
    }

    List<String> ranges() {
        return ranges;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (!(factory instanceof org.springframework.boot.tomcat.TomcatWebServerFactory tomcat)) {
            return;
        }
        boolean found = false;
        for (Valve valve : tomcat.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                configure(remoteIp);
                found = true;
            }
        }
        if (!found && !ranges.isEmpty()) {
            RemoteIpValve remoteIp = new RemoteIpValve();
            remoteIp.setRemoteIpHeader("X-Forwarded-For");
            remoteIp.setProtocolHeader("X-Forwarded-Proto");
            configure(remoteIp);
            tomcat.addEngineValves(remoteIp);
        }
    }

    /** Only the listed proxies are believed; with none, the forwarded headers are ignored. */
    void configure(RemoteIpValve valve) {
        valve.setInternalProxies(ranges.isEmpty() ? null : String.join(",", ranges));
        valve.setTrustedProxies(null);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's own Tomcat customizer, which adds the valve
    }

    @Override
    public String toString() {
        return "TrustedProxies" + Arrays.toString(ranges.toArray());
    }
}
