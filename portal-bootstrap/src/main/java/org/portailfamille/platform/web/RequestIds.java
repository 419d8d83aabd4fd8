package org.portailfamille.platform.web;

import org.apache.catalina.Valve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Puts {@link RequestIdValve} first in Tomcat's engine pipeline, before the proxy valve replaces the peer address. */
@Component
class RequestIds implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final TrustedProxies trustedProxies;

    RequestIds(TrustedProxies trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (factory instanceof org.springframework.boot.tomcat.TomcatWebServerFactory tomcat) {
            List<Valve> valves = new ArrayList<>(tomcat.getEngineValves());
            valves.removeIf(RequestIdValve.class::isInstance);
            valves.add(0, new RequestIdValve(trustedProxies.ranges()));
            tomcat.setEngineValves(valves);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
