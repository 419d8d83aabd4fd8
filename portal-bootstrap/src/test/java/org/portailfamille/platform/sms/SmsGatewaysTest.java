package org.portailfamille.platform.sms;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP gateway against a tiny local HTTP server, and the recording gateway's behaviour. */
class SmsGatewaysTest {

    HttpServer server;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final AtomicInteger nextStatus = new AtomicInteger(202);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/messages", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String answer = exchange.getRequestMethod().equals("GET") ? "{\"id\":\"m-1\",\"status\":\"delivered\"}"
                    : nextStatus.get() < 300 ? "{\"id\":\"m-1\",\"status\":\"accepted\"}" : "{\"error\":\"nope\"}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(exchange.getRequestMethod().equals("GET") ? 200 : nextStatus.get(),
                    bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    HttpSmsGateway gateway() {
        return new HttpSmsGateway("http://127.0.0.1:" + server.getAddress().getPort() + "/api", "secret-key",
                "StJean", Duration.ofSeconds(5));
    }

    @Test
    void the_http_gateway_posts_json_with_the_key_and_reads_the_id_and_status() throws Exception {
        SmsReceipt receipt = gateway().send("+33612345678", "Nouveau « message »\n", "messaging:1:GUARDIAN:SMS");
        assertThat(receipt).isEqualTo(new SmsReceipt("m-1", SmsStatus.ACCEPTED, ""));
        assertThat(authorizations).containsExactly("Bearer secret-key");
        assertThat(bodies.get(0)).isEqualTo("{\"to\":\"+33612345678\",\"text\":\"Nouveau « message »\\n\","
                + "\"sender\":\"StJean\",\"reference\":\"messaging:1:GUARDIAN:SMS\"}");
        assertThat(gateway().status("m-1")).contains(SmsStatus.DELIVERED);
    }

    @Test
    void client_errors_are_permanent_and_server_errors_are_retried() {
        nextStatus.set(400);
        assertThatThrownBy(() -> gateway().send("0612", "x", "k1")).isInstanceOfSatisfying(SmsGatewayException.class,
                e -> assertThat(e.permanent()).isTrue());
        nextStatus.set(503);
        assertThatThrownBy(() -> gateway().send("+33612345678", "x", "k2"))
                .isInstanceOfSatisfying(SmsGatewayException.class, e -> assertThat(e.permanent()).isFalse());
        nextStatus.set(429);
        assertThatThrownBy(() -> gateway().send("+33612345678", "x", "k3"))
                .isInstanceOfSatisfying(SmsGatewayException.class, e -> assertThat(e.permanent()).isFalse());
        server.stop(0);
        assertThatThrownBy(() -> gateway().send("+33612345678", "x", "k4"))
                .isInstanceOfSatisfying(SmsGatewayException.class, e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void the_recording_gateway_accepts_records_and_reports_delivered_or_failed_like_a_real_one() throws Exception {
        RecordingSmsGateway gateway = new RecordingSmsGateway(Clock.systemUTC());
        SmsReceipt ok = gateway.send("06 12 34 56 78", "Bonjour", "k1");
        SmsReceipt unreachable = gateway.send("+33 6 39 98 00 01", "Bonjour", "k2");
        assertThat(ok.status()).isEqualTo(SmsStatus.ACCEPTED);
        assertThat(gateway.status(ok.providerId())).contains(SmsStatus.DELIVERED);
        assertThat(gateway.status(unreachable.providerId())).contains(SmsStatus.FAILED);
        assertThat(gateway.send("06 12 34 56 78", "Bonjour", "k1").providerId()).isEqualTo(ok.providerId());
        assertThat(gateway.sent()).hasSize(2).first()
                .satisfies(sms -> assertThat(sms.phoneNumber()).isEqualTo("+33612345678"));
        assertThatThrownBy(() -> gateway.send("pas un numéro", "x", "k3"))
                .isInstanceOfSatisfying(SmsGatewayException.class, e -> assertThat(e.permanent()).isTrue());
    }
}
