package org.portailfamille.platform.web;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, finding 7: the forwarded client address is believed only from the configured proxies. Tomcat's default
 * (what {@code server.forward-headers-strategy=native} gives) believed any loopback or private address.
 */
class TrustedProxiesTest {

    /** The client address the portal sees for a request from {@code peer} carrying {@code X-Forwarded-For}. */
    static String seenAddress(RemoteIpValve valve, String peer, String forwardedFor) throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) {
                seen.set(request.getRemoteAddr());
            }
        });
        Connector connector = new Connector();
        Request request = new Request(connector, new org.apache.coyote.Request());
        request.setRemoteAddr(peer);
        request.getCoyoteRequest().remoteAddr().setString(peer);
        request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-For").setString(forwardedFor);
        valve.invoke(request, new Response(new org.apache.coyote.Response()));
        return seen.get();
    }

    /** The valve as Spring Boot sets it up for the native strategy, then customised by the portal. */
    static RemoteIpValve valve(String trustedProxies) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        RemoteIpValve bootDefault = new RemoteIpValve();
        bootDefault.setRemoteIpHeader("X-Forwarded-For");
        bootDefault.setProtocolHeader("X-Forwarded-Proto");
        factory.addEngineValves(bootDefault);
        new TrustedProxies(trustedProxies).customize(factory);
        return (RemoteIpValve) factory.getEngineValves().iterator().next();
    }

    @Test
    void by_default_no_proxy_is_believed_not_even_a_private_or_loopback_one() throws Exception {
        RemoteIpValve valve = valve("");
        assertThat(seenAddress(valve, "10.0.0.5", "198.51.100.7")).isEqualTo("10.0.0.5");
        assertThat(seenAddress(valve, "127.0.0.1", "198.51.100.7")).isEqualTo("127.0.0.1");
        assertThat(seenAddress(valve, "192.168.1.20", "198.51.100.7")).isEqualTo("192.168.1.20");
    }

    @Test
    void a_listed_proxy_or_range_is_believed_and_only_it() throws Exception {
        RemoteIpValve valve = valve("10.0.0.5, 172.16.4.0/24");
        assertThat(seenAddress(valve, "10.0.0.5", "198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(seenAddress(valve, "172.16.4.200", "198.51.100.8")).isEqualTo("198.51.100.8");
        assertThat(seenAddress(valve, "10.0.0.6", "198.51.100.7")).isEqualTo("10.0.0.6");
        assertThat(seenAddress(valve, "127.0.0.1", "198.51.100.7")).isEqualTo("127.0.0.1");
    }

    @Test
    void a_malformed_entry_stops_the_start_up() {
        assertThatThrownBy(() -> new TrustedProxies("proxy.example")).hasMessageContaining("portal.trusted-proxies");
        assertThatThrownBy(() -> new TrustedProxies("10.0.0.0/40")).hasMessageContaining("portal.trusted-proxies");
    }
}
